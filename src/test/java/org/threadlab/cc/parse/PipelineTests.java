package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.ast.AstPrinter;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.lex.Lexer;
import org.threadlab.cc.pp.Preprocessor;

/** The parser behind the real lexer and preprocessor (cc.lex, cc.pp): same trees as the test tokenizer gives. */
class PipelineTests {

    @ParameterizedTest
    @ValueSource(strings = {"bounded_buffer", "thread_pool_server", "language_tour", "declarations"})
    void realLexerTokensGiveTheSameTree(String name) throws IOException {
        String text;
        try (InputStream in = PipelineTests.class.getResourceAsStream("/cprogs/parse/" + name + ".c")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SourceFile file = new SourceFile(name + ".c", text);
        Diagnostics diags = new Diagnostics();
        TranslationUnit viaLexer = Parser.parse(Lexer.tokenize(file, diags), diags);
        TranslationUnit viaTestTokenizer = Parser.parse(TestTokenizer.tokenize(file), new Diagnostics());
        assertThat(diags.hasErrors()).as(diags.render()).isFalse();
        assertThat(AstPrinter.print(viaLexer)).isEqualTo(AstPrinter.print(viaTestTokenizer));
    }

    @Test
    void macrosExpandBeforeParsing() {
        String src = "#define N 4\n#define SQUARE(x) ((x) * (x))\n"
                + "#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))\n"
                + "void __assert_fail(const char *, const char *, unsigned, const char *);\n"
                + "int table[N];\nint main(void) {\n  int s = SQUARE(N + 1);\n  assert(s == 25);\n"
                + "#if N > 2\n  return s;\n#else\n  return 0;\n#endif\n}\n";
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = Parser.parse(Preprocessor.preprocess(new SourceFile("p.c", src), diags), diags);
        assertThat(diags.messages()).isEmpty();
        assertThat(unit.global("table").type()).hasToString("int[4]");
        assertThat(AstPrinter.print(unit.function("main").body())).isEqualTo("(block\n"
                + "  (decl s [int] (init (0 (* [int] (+ [int] (const 4 [int]) (const 1 [int])) (+ [int] (const 4 [int]) (const 1 [int]))))))\n"
                + "  (expr (?: [void] (== [int] (var s [int]) (const 25 [int])) (cast [void] (const 0 [int])) (call [void] "
                + "(func __assert_fail) (cast [char *] (var .L.str.0 [char[8]])) (cast [char *] (var .L.str.1 [char[4]])) "
                + "(cast [unsigned int] (const 8 [int])) (cast [char *] (var .L.str.2 [char[5]])))))\n"
                + "  (return (var s [int])))");
        assertThat(new String(unit.stringLiterals().get(0).data(), StandardCharsets.UTF_8)).startsWith("s == 25");
    }
}
