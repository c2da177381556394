package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles each golden program with gcc -O0 (a prelude defines the test builtins with printf) and
 * checks that our compiler and VM print the same output and exit with the same status. gcc must
 * be installed: without it the test fails.
 */
class GccDifferentialTests {

    private static final String PRELUDE = "#include <stdio.h>\n#include <stdlib.h>\n"
            + "void print_long(long v) { printf(\"%ld\\n\", v); }\n"
            + "void print_str(const char *s) { fputs(s, stdout); }\n"
            + "void print_double(double d) { printf(\"%.6f\\n\", d); }\n"
            + "#line 1\n";

    @TestFactory
    Stream<DynamicTest> gccAndThreadLabAgreeOnEveryGoldenProgram() throws IOException {
        Path dir = Files.createTempDirectory("threadlab-gcc");
        dir.toFile().deleteOnExit();
        List<GoldenPrograms> all = GoldenPrograms.all();
        return all.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
            Path src = dir.resolve(g.name());
            Path exe = dir.resolve(g.name() + ".out");
            src.toFile().deleteOnExit();
            exe.toFile().deleteOnExit();
            Files.writeString(src, PRELUDE + g.source(), StandardCharsets.UTF_8);
            Process cc;
            try {
                cc = new ProcessBuilder("gcc", "-O0", "-w", "-o", exe.toString(), src.toString())
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                fail("gcc is required for the differential test but could not be run: " + e.getMessage());
                return;
            }
            String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cc.exitValue()).as("gcc failed on " + g.name() + ":\n" + ccOut).isZero();
            Process run = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
            String gccOutput = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            CRun ours = GoldenProgramTests.compileAndRun(g);
            assertThat(ours.output()).as(g.name()).isEqualTo(gccOutput);
            assertThat(ours.outcome().exitStatus()).as(g.name()).isEqualTo(run.exitValue());
        }));
    }
}
