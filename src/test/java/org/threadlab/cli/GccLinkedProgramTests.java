package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles each program of several files under {@code cprogs/run/link/} with
 * {@code gcc -O0 -pthread} (the same files, linked by ld) and checks that {@code threadlab run}
 * prints the same stdout and exits with the same status. gcc must be installed: without it the
 * test fails. The programs print only what does not depend on the interleaving.
 */
class GccLinkedProgramTests {

    @TestFactory
    Stream<DynamicTest> gccAndThreadLabAgreeOnEveryProgramOfSeveralFiles() throws IOException, URISyntaxException {
        Path dir = Files.createTempDirectory("threadlab-gcc-link");
        dir.toFile().deleteOnExit();
        return GoldenProgramTests.linkedPrograms().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path exe = dir.resolve(e.getKey() + ".out");
            exe.toFile().deleteOnExit();
            List<String> gcc = new ArrayList<>(List.of("gcc", "-O0", "-w", "-pthread", "-o", exe.toString()));
            e.getValue().forEach(p -> gcc.add(p.toString()));
            Process cc;
            try {
                cc = new ProcessBuilder(gcc).redirectErrorStream(true).start();
            } catch (IOException ex) {
                fail("gcc is required for the differential test but could not be run: " + ex.getMessage());
                return;
            }
            String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cc.exitValue()).as("gcc failed on " + e.getKey() + ":\n" + ccOut).isZero();
            Process run = new ProcessBuilder(exe.toString()).redirectErrorStream(false).start();
            String gccOutput = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<String> args = new ArrayList<>(List.of("run"));
            e.getValue().forEach(p -> args.add(p.toString()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            assertThat(out.toString()).as("stdout of %s\nstderr:\n%s", e.getKey(), err).isEqualTo(gccOutput);
            assertThat(status).as("exit status of %s", e.getKey()).isEqualTo(run.exitValue());
        }));
    }
}
