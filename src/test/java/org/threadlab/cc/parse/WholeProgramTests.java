package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.ast.AstPrinter;
import org.threadlab.cc.ast.TranslationUnit;

/**
 * Realistic pthread/QNX programs (src/test/resources/cprogs/parse/*.c, with minimal inline
 * declarations instead of headers) parse without errors, and their warnings and AST summary
 * match the golden file next to them ({@code name.summary}). On a mismatch the actual summary is
 * written to target/cprogs-actual/ for review.
 */
class WholeProgramTests {

    private static String resource(String name) throws IOException {
        try (InputStream in = WholeProgramTests.class.getResourceAsStream("/cprogs/parse/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bounded_buffer", "sleepon_prodcons", "barrier", "thread_pool_server", "peterson",
        "language_tour", "declarations"})
    void programParsesCleanlyWithAStableSummary(String name) throws IOException {
        SourceFile file = new SourceFile(name + ".c", resource(name + ".c"));
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = Parser.parse(TestTokenizer.tokenize(file), diags);
        assertThat(diags.hasErrors()).as(diags.render()).isFalse();
        StringBuilder warnings = new StringBuilder();
        diags.messages().forEach(d -> warnings.append(d.pos()).append(": ").append(d.message()).append('\n'));
        String summary = warnings + AstPrinter.summary(unit);
        String expected = resource(name + ".summary");
        if (!summary.equals(expected)) {
            Path out = Path.of("target", "cprogs-actual", name + ".summary");
            Files.createDirectories(out.getParent());
            Files.writeString(out, summary);
        }
        assertThat(summary).isEqualTo(expected);
        assertThat(AstPrinter.print(unit)).isEqualTo(AstPrinter.print(Parser.parse(TestTokenizer.tokenize(file), new Diagnostics())));
    }
}
