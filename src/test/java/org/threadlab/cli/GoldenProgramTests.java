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
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden C programs under {@code src/test/resources/cprogs/run/<feature>/}, each run with
 * {@code threadlab run} and checked against the comments it carries:
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
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        assertThat(programs).as("golden programs").isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        List<String> expectedOut = new ArrayList<>();
        List<String> expectedErr = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("run", program.toString()));
        int expectedExit = 0;
        long expectedBytes = -1;
        for (String line : Files.readAllLines(program)) {
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
            assertThat(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("stdout of %s", program.getFileName())
                    .hasSize((int) expectedBytes);
        } else {
            assertThat(out.toString().lines().toList()).as("stdout of %s\nstderr:\n%s", program.getFileName(), err)
                    .containsExactlyElementsOf(expectedOut);
        }
        assertThat(status).as("exit status of %s\nstderr:\n%s", program.getFileName(), err).isEqualTo(expectedExit);
        for (String fragment : expectedErr) {
            assertThat(err.toString()).as("stderr of %s", program.getFileName()).contains(fragment);
        }
    }
}
