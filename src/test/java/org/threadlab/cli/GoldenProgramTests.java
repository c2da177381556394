package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden C programs under {@code src/test/resources/cprogs/run/<feature>/}, each run with
 * {@code threadlab run} and checked against the comments it carries. A directory under
 * {@code cprogs/run/link/} is one program made of all its {@code .c} files (run together, in
 * name order; the comments are in the file that holds {@code main}):
 *
 * <ul>
 *   <li>{@code // expect: TEXT}: the next line of stdout, in order (all lines must match);</li>
 *   <li>{@code // expect-exit: N}: the exit status (default 0);</li>
 *   <li>{@code // expect-stderr: TEXT}: stderr contains TEXT;</li>
 *   <li>{@code // expect-stdout-bytes: N}: stdout is N bytes long (instead of line checks);</li>
 *   <li>{@code // args: ...}: options for {@code threadlab run} (e.g. --mode random --seed 3).</li>
 * </ul>
 */
class GoldenProgramTests {

    @TestFactory
    Stream<DynamicTest> everyGoldenProgramBehavesAsItsCommentsSay() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/cprogs/run").toURI());
        Path linked = root.resolve("link");
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(p -> p.toString().endsWith(".c") && !p.startsWith(linked)).sorted().toList();
        }
        assertThat(programs).as("golden programs").isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(),
                () -> check(p.getFileName().toString(), List.of(p))));
    }

    @TestFactory
    Stream<DynamicTest> everyProgramOfSeveralFilesBehavesAsItsCommentsSay() throws IOException, URISyntaxException {
        Map<String, List<Path>> programs = linkedPrograms();
        assertThat(programs).as("programs of several files").hasSizeGreaterThanOrEqualTo(4);
        return programs.entrySet().stream().map(e -> DynamicTest.dynamicTest("link/" + e.getKey(),
                () -> check(e.getKey(), e.getValue())));
    }

    /** Each directory under cprogs/run/link, by name, with its .c files in name order. */
    static Map<String, List<Path>> linkedPrograms() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenProgramTests.class.getResource("/cprogs/run/link").toURI());
        Map<String, List<Path>> programs = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> sources = files.filter(p -> p.toString().endsWith(".c")).sorted().toList();
                    assertThat(sources).as("%s holds a program of several .c files", dir).hasSizeGreaterThan(1);
                    programs.put(dir.getFileName().toString(), sources);
                }
            }
        }
        return programs;
    }

    private static void check(String name, List<Path> sources) throws IOException {
        List<String> expectedOut = new ArrayList<>();
        List<String> expectedErr = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("run"));
        sources.forEach(p -> args.add(p.toString()));
        int expectedExit = 0;
        long expectedBytes = -1;
        List<String> lines = new ArrayList<>();
        for (Path p : sources) {
            lines.addAll(Files.readAllLines(p));
        }
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("// expect: ")) {
                expectedOut.add(t.substring("// expect: ".length()));
            } else if (t.startsWith("// expect-exit: ")) {
                expectedExit = Integer.parseInt(t.substring("// expect-exit: ".length()).strip());
            } else if (t.startsWith("// expect-stderr: ")) {
                expectedErr.add(t.substring("// expect-stderr: ".length()));
            } else if (t.startsWith("// expect-stdout-bytes: ")) {
                expectedBytes = Long.parseLong(t.substring("// expect-stdout-bytes: ".length()).strip());
            } else if (t.startsWith("// args: ")) {
                args.addAll(List.of(t.substring("// args: ".length()).strip().split("\\s+")));
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (expectedBytes >= 0) {
            assertThat(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("stdout of %s", name)
                    .hasSize((int) expectedBytes);
        } else {
            assertThat(out.toString().lines().toList()).as("stdout of %s\nstderr:\n%s", name, err)
                    .containsExactlyElementsOf(expectedOut);
        }
        assertThat(status).as("exit status of %s\nstderr:\n%s", name, err).isEqualTo(expectedExit);
        for (String fragment : expectedErr) {
            assertThat(err.toString()).as("stderr of %s", name).contains(fragment);
        }
    }
}
