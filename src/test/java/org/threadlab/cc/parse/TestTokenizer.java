package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.SourceFile;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/**
 * A minimal tokenizer for parser tests only (the real lexer is cc.lex.Lexer): identifiers,
 * pp-numbers, char and string literals with prefixes, punctuators, comments; lines starting
 * with '#' are skipped (no preprocessing).
 */
final class TestTokenizer {
    private static final String[] PUNCTUATORS = {
        "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "##",
    };

    private TestTokenizer() {
    }

    static List<Token> tokenize(SourceFile file) {
        String s = file.text();
        List<Token> out = new ArrayList<>();
        int i = 0;
        boolean lineStart = true;
        boolean space = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineStart = true;
                space = false;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                space = true;
                continue;
            }
            if (c == '#' && lineStart) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            int start = i;
            TokenKind kind;
            if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if ((d == '+' || d == '-') && "eEpP".indexOf(s.charAt(i - 1)) >= 0) {
                        i++;
                    } else if (Character.isLetterOrDigit(d) || d == '_' || d == '.') {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = TokenKind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                kind = TokenKind.IDENTIFIER;
                if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')
                        && List.of("L", "u", "U", "u8").contains(s.substring(start, i))) {
                    char q = s.charAt(i);
                    i = quoted(s, i, q);
                    kind = q == '"' ? TokenKind.STRING : TokenKind.CHAR;
                }
            } else if (c == '"' || c == '\'') {
                i = quoted(s, i, c);
                kind = c == '"' ? TokenKind.STRING : TokenKind.CHAR;
            } else {
                kind = TokenKind.PUNCTUATOR;
                int len = 1;
                for (String p : PUNCTUATORS) {
                    if (s.startsWith(p, i)) {
                        len = p.length();
                        break;
                    }
                }
                i += len;
            }
            out.add(Token.of(kind, s.substring(start, i), file.pos(start), space, lineStart));
            lineStart = false;
            space = false;
        }
        out.add(Token.of(TokenKind.EOF, "", file.pos(s.length()), false, true));
        return out;
    }

    private static int quoted(String s, int i, char q) {
        i++;
        while (i < s.length() && s.charAt(i) != q && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }
}
