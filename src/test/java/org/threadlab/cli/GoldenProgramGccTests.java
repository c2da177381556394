package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
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
 * The golden programs under {@code cprogs/run} that carry a {@code // gcc-differential} line are
 * deterministic under Linux too: each is compiled with {@code gcc -pthread} and run, and its
 * stdout and exit status must be what its {@code // expect:} and {@code // expect-exit:} lines
 * say, the same lines {@link GoldenProgramTests} holds ThreadLab to. So those expectations come
 * from glibc, not from ThreadLab. gcc must be installed: without it the test fails.
 */
class GoldenProgramGccTests {
    private static final String MARKER = "// gcc-differential";

    @TestFactory
    Stream<DynamicTest> gccAgreesWithTheExpectationsOfMarkedGoldenPrograms() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/cprogs/run").toURI());
        List<Path> marked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                if (Files.readAllLines(p).stream().anyMatch(line -> line.strip().equals(MARKER))) {
                    marked.add(p);
                }
            }
        }
        assertThat(marked).as("golden programs marked " + MARKER).isNotEmpty();
        Path dir = Files.createTempDirectory("threadlab-gcc-run");
        dir.toFile().deleteOnExit();
        return marked.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p, dir)));
    }

    private static void check(Path program, Path dir) throws IOException, InterruptedException {
        List<String> expected = new ArrayList<>();
        int expectedExit = 0;
        for (String line : Files.readAllLines(program)) {
            String t = line.strip();
            if (t.startsWith("// expect: ")) {
                expected.add(t.substring("// expect: ".length()));
            } else if (t.startsWith("// expect-exit: ")) {
                expectedExit = Integer.parseInt(t.substring("// expect-exit: ".length()).strip());
            }
        }
        Path exe = dir.resolve(program.getFileName() + ".out");
        exe.toFile().deleteOnExit();
        Process cc;
        try {
            cc = new ProcessBuilder("gcc", "-O0", "-w", "-pthread", "-o", exe.toString(), program.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("gcc is required for this test but could not be run: " + e.getMessage());
            return;
        }
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cc.exitValue()).as("gcc failed on " + program.getFileName() + ":\n" + ccOut).isZero();
        Process run = new ProcessBuilder(exe.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("gcc's program ends").isTrue();
        assertThat(out.lines().toList()).as("stdout of gcc's " + program.getFileName()).containsExactlyElementsOf(expected);
        assertThat(run.exitValue()).as("exit status of gcc's " + program.getFileName()).isEqualTo(expectedExit);
    }
}
