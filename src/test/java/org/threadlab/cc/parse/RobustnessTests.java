package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/** Mutated programs (tokens deleted, duplicated, swapped; seeded) never crash the parser. */
class RobustnessTests {

    private static List<Token> tokens(String name) throws IOException {
        try (InputStream in = RobustnessTests.class.getResourceAsStream("/cprogs/parse/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TestTokenizer.tokenize(new SourceFile(name, text));
        }
    }

    @Test
    void mutatedProgramsGiveDiagnosticsNotExceptions() throws IOException {
        String[] programs = {"bounded_buffer.c", "sleepon_prodcons.c", "barrier.c", "thread_pool_server.c", "peterson.c",
            "language_tour.c", "declarations.c"};
        Random random = new Random(42);
        int withErrors = 0;
        for (int round = 0; round < 600; round++) {
            List<Token> base = tokens(programs[round % programs.length]);
            List<Token> mutated = new ArrayList<>(base.subList(0, base.size() - 1));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !mutated.isEmpty(); e++) {
                int i = random.nextInt(mutated.size());
                switch (random.nextInt(4)) {
                    case 0 -> mutated.remove(i);
                    case 1 -> mutated.add(i, vocabulary(random, mutated.get(i)));
                    case 2 -> mutated.add(i, mutated.get(random.nextInt(mutated.size())));
                    default -> {
                        int j = random.nextInt(mutated.size());
                        Token t = mutated.get(i);
                        mutated.set(i, mutated.get(j));
                        mutated.set(j, t);
                    }
                }
            }
            mutated.add(base.get(base.size() - 1));
            Diagnostics diags = new Diagnostics();
            try {
                Parser.parse(mutated, diags);
            } catch (CompileError expectedPastTheLimit) {
                // fine: too many errors
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("round " + round + " crashed: " + e + "\n" + join(mutated), e);
            }
            if (diags.hasErrors()) {
                withErrors++;
            }
        }
        assertThat(withErrors).isGreaterThan(200);
    }

    @Test
    void truncatedProgramsGiveDiagnosticsNotExceptions() throws IOException {
        List<Token> base = tokens("thread_pool_server.c");
        for (int cut = 0; cut < base.size() - 1; cut += 3) {
            List<Token> prefix = new ArrayList<>(base.subList(0, cut));
            prefix.add(Token.of(TokenKind.EOF, "", base.get(cut).pos(), false, true));
            try {
                Parser.parse(prefix, new Diagnostics());
            } catch (CompileError expectedPastTheLimit) {
                // fine
            } catch (RuntimeException e) {
                throw new AssertionError("cut at " + cut + " crashed: " + e + "\n" + join(prefix), e);
            }
        }
    }

    @Test
    void randomTokenSoupGivesDiagnosticsNotExceptions() throws IOException {
        Token anchor = tokens("peterson.c").get(0);
        Random random = new Random(7);
        for (int round = 0; round < 1500; round++) {
            List<Token> soup = new ArrayList<>();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                soup.add(vocabulary(random, anchor));
            }
            soup.add(Token.of(TokenKind.EOF, "", anchor.pos(), false, true));
            try {
                Parser.parse(soup, new Diagnostics());
            } catch (CompileError expectedPastTheLimit) {
                // fine
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("round " + round + " crashed: " + e + "\n" + join(soup), e);
            }
        }
    }

    @Test
    void emptyInputIsAnEmptyUnit() {
        assertThat(Parser.parse(List.of(), new Diagnostics()).functions()).isEmpty();
    }

    private static final String[] VOCABULARY = {
        "struct", "union", "enum", "(", ")", "{", "}", "[", "]", "*", ",", ";", "=", "int", "typedef", "...", ".",
        "->", "sizeof", "case", "default", "goto", "return", "\"s\"", "1", "'c'", "x", "static", "const", ":", "?",
        "&", "++", "void", "char", "_Alignof", "__attribute__", "else", "if", "for", "while", "do", "switch", "break",
        "_Generic", "asm", "typeof", "_Static_assert", "unsigned", "long", "register", "extern", "a", "b", "0x1p3",
    };

    private static Token vocabulary(Random random, Token at) {
        String text = VOCABULARY[random.nextInt(VOCABULARY.length)];
        TokenKind kind = text.startsWith("\"") ? TokenKind.STRING : text.startsWith("'") ? TokenKind.CHAR
                : Character.isDigit(text.charAt(0)) ? TokenKind.NUMBER
                : Character.isLetter(text.charAt(0)) || text.startsWith("_") ? TokenKind.IDENTIFIER : TokenKind.PUNCTUATOR;
        return Token.of(kind, text, at.pos(), true, false);
    }

    private static String join(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.text()).append(' ');
        }
        return sb.toString();
    }
}
