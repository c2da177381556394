package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;

/**
 * Golden diagnostics: each program in src/test/resources/cprogs/parse-errors/ marks every
 * diagnostic it must produce with a {@code // expect: severity: message} comment on the line
 * where it is reported; the compile must produce exactly those, in order.
 */
class DiagnosticGoldenTests {

    @ParameterizedTest
    @ValueSource(strings = {"student_mistakes.c", "pthread_mistakes.c", "goto_mistakes.c"})
    void programProducesExactlyTheExpectedDiagnostics(String name) throws IOException {
        String text;
        try (InputStream in = DiagnosticGoldenTests.class.getResourceAsStream("/cprogs/parse-errors/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("// expect: ");
            if (at >= 0) {
                expected.add((i + 1) + ": " + lines[i].substring(at + "// expect: ".length()).strip());
            }
        }
        Diagnostics diags = new Diagnostics();
        Parser.parse(TestTokenizer.tokenize(new SourceFile(name, text)), diags);
        List<String> actual = diags.messages().stream()
                .map(d -> d.pos().line() + ": " + d.severity().text() + ": " + d.message()).toList();
        assertThat(actual).isEqualTo(expected);
    }
}
