package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs under {@code cprogs/run} that carry {@code // gcc: same-output} are
 * deterministic on Linux too: each is compiled with gcc -O0 -pthread (and libatomic) and run in an
 * empty directory with an empty environment, and its stdout must be exactly the program's
 * {@code // expect:} lines. {@link GoldenProgramTests} checks that ThreadLab prints those lines, so
 * together they say ThreadLab prints what gcc's program prints. gcc must be installed.
 */
class GccGoldenProgramTests {
    private static final String MARK = "// gcc: same-output";

    @TestFactory
    Stream<DynamicTest> gccPrintsTheExpectedLinesOfEveryMarkedProgram() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/cprogs/run").toURI());
        List<Path> marked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                if (Files.readAllLines(p).stream().anyMatch(l -> l.strip().equals(MARK))) {
                    marked.add(p);
                }
            }
        }
        assertThat(marked).as("programs marked '%s'", MARK).isNotEmpty();
        return marked.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException, InterruptedException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(program)) {
            String t = line.strip();
            if (t.startsWith("// expect: ")) {
                expected.add(t.substring("// expect: ".length()));
            }
        }
        Path dir = Files.createTempDirectory("threadlab-gcc-run");
        try {
            Path exe = dir.resolve("prog");
            Process cc;
            try {
                cc = new ProcessBuilder("gcc", "-O0", "-w", "-pthread", "-o", exe.toString(), program.toString(),
                        "-latomic").redirectErrorStream(true).start();
            } catch (IOException e) {
                fail("gcc is required for this test but could not be run: " + e.getMessage());
                return;
            }
            String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cc.exitValue()).as("gcc failed on %s:\n%s", program.getFileName(), ccOut).isZero();
            Path work = Files.createDirectory(dir.resolve("cwd"));
            ProcessBuilder pb = new ProcessBuilder(exe.toString()).directory(work.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().clear();
            Process run = pb.start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(out.lines().toList()).as("gcc's stdout of %s", program.getFileName())
                    .containsExactlyElementsOf(expected);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
