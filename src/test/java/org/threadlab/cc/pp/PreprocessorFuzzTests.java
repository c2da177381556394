package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Literals;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/** Random preprocessor-heavy input (seeded, so reproducible) never ends in anything but diagnostics. */
class PreprocessorFuzzTests {

    private static final String[] PIECES = {
        "#define ", "#undef ", "#if ", "#ifdef ", "#ifndef ", "#elif ", "#else", "#endif", "#include ", "#line ",
        "#error x", "#pragma once", "#", "##", "# ", "f", "g", "x", "__VA_ARGS__", "__VA_OPT__", "...", "(", ")",
        ",", "\n", "\n", "\n", " ", " ", "1", "0x1fu", "'a'", "'", "\"s\"", "\"", "\"h.h\"", "<h.h>", "defined",
        "__LINE__", "__FILE__", "/*", "*/", "//", "\\\n", "\\", "+", "-", "/", "0", "?", ":", "@", "f(x)", "g(a, ...)",
        "1e+", "0x", "09", "L'ab'", "u8\"\\x\"", "\"\\u12\"", "__has_include", "_Pragma", "&&", "||", "<<", "!",
    };

    @Test
    void randomInputOnlyEverProducesDiagnostics() {
        Random random = new Random(20251122);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            Diagnostics diagnostics = new Diagnostics();
            try {
                Pp pp = new Pp().file("h.h", "#define H(a) a ## a\nH(1)\n");
                List<Token> tokens = pp.run(text) == null ? null : pp.tokens;
                assertThat(tokens.get(tokens.size() - 1).kind()).as(text).isEqualTo(TokenKind.EOF);
                for (Token t : tokens) {
                    if (t.kind() == TokenKind.NUMBER) {
                        Literals.parseNumber(t, diagnostics);
                    } else if (t.kind() == TokenKind.CHAR) {
                        Literals.decodeChar(t, diagnostics);
                    } else if (t.kind() == TokenKind.STRING) {
                        Literals.decodeString(t, diagnostics);
                    }
                }
                PreprocessedText.render(tokens);
            } catch (CompileError expected) {
                assertThat(expected.diagnostics().hasErrors()).isTrue();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("crash on input: " + text.replace("\n", "\\n"), e);
            }
        }
    }

    @Test
    void literalDecodingOfOddSpellingsDoesNotCrash() {
        Diagnostics diagnostics = new Diagnostics();
        for (String s : new String[] {"0x", "0b", "0b2", "1e", "1e+", ".e1", "0x.p1", "0xp1", "1..2", "1ULL", "1uu",
            "0x1.p", "1.2.3", "00", "08", "0.9", "1_000", "0x1g"}) {
            try {
                Literals.parseNumber(Token.of(TokenKind.NUMBER, s, new SourceFile("t.c", s).pos(0), false, true), diagnostics);
            } catch (CompileError tooMany) {
                diagnostics = new Diagnostics();
            }
        }
        assertThat(diagnostics.hasErrors()).isTrue();
    }
}
