package org.threadlab.cc.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The programs under {@code cprogs/gen}: each states its expected output as
 * {@code // expect: <line>} comments in order and optionally {@code // expect-exit: N}.
 */
record GoldenPrograms(Path path, String source, String expectedOutput, int expectedExit) {

    static List<GoldenPrograms> all() {
        try {
            Path dir = Path.of(GoldenPrograms.class.getClassLoader().getResource("cprogs/gen").toURI());
            List<GoldenPrograms> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                    out.add(read(p));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GoldenPrograms read(Path p) throws IOException {
        String src = Files.readString(p, StandardCharsets.UTF_8);
        StringBuilder expected = new StringBuilder();
        int exit = 0;
        for (String line : src.split("\n", -1)) {
            String t = line.stripLeading();
            if (t.endsWith("\r")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.startsWith("// expect: ") || t.equals("// expect:")) {
                expected.append(t.substring(Math.min(t.length(), "// expect: ".length()))).append('\n');
            } else if (t.startsWith("// expect-exit: ")) {
                exit = Integer.parseInt(t.substring("// expect-exit: ".length()).strip());
            }
        }
        return new GoldenPrograms(p, src, expected.toString(), exit);
    }

    String name() {
        return path.getFileName().toString();
    }
}
