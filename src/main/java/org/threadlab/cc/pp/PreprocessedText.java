package org.threadlab.cc.pp;

import java.util.List;
import java.util.Objects;

import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Lexer;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/**
 * Renders tokens as text, like {@code gcc -E} without line markers: a token that started a source
 * line starts an output line, a token with space before it gets one space, and the rest touch,
 * except that, as gcc does, a space separates two tokens from different expansions that would
 * otherwise read back as one ({@code +} then {@code +} is not {@code ++}).
 */
public final class PreprocessedText {

    private PreprocessedText() {
    }

    /** The text of {@code tokens} (an EOF token ends it), ending in a newline when not empty. */
    public static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        Token prev = null;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.EOF) {
                break;
            }
            if (prev != null && t.lineStart()) {
                sb.append('\n');
            } else if (prev != null && (t.spaceBefore() || wouldPaste(prev, t))) {
                sb.append(' ');
            }
            sb.append(t.text());
            prev = t;
        }
        if (prev != null) {
            sb.append('\n');
        }
        return sb.toString();
    }

    private static boolean wouldPaste(Token prev, Token t) {
        if (Objects.equals(prev.expandedAt(), t.expandedAt())) {
            return false;
        }
        List<Token> relexed = Lexer.lex(new SourceFile("", prev.text() + t.text())).tokens();
        return relexed.size() != 3 || !relexed.get(0).text().equals(prev.text());
    }
}
