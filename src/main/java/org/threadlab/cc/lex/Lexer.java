package org.threadlab.cc.lex;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;

/*
 * Overview. Translation phases 1-3 (C11 5.1.1.2), shaped like chibicc's tokenize.c. Line splices
 * (backslash-newline) are removed first into a working buffer that remembers, for each of its
 * characters, the offset in the original text, so every token's position is the one the student
 * sees. Then one pass turns the buffer into tokens: comments become a space, pp-numbers,
 * identifiers, character constants, string literals and punctuators (longest match first).
 * Errors become diagnostics and lexing carries on. Escapes stay verbatim in the token text;
 * Literals decodes them.
 */

/** The C lexer: {@link SourceFile} to preprocessing tokens. */
public final class Lexer {

    /**
     * A lexical error, tied to the index of the token it belongs with, so the preprocessor can drop
     * it inside skipped {@code #if 0} code (unless {@code reportEvenIfSkipped}). A {@code stray}
     * error is about a character that is a token of its own (C11's "other" preprocessing token, as
     * '@' in {@code str(@)}): the preprocessor reports it only if the token reaches its output.
     */
    public record LexError(int tokenIndex, Diagnostic diagnostic, boolean reportEvenIfSkipped, boolean stray) {
    }

    /** The tokens of one file (ending in EOF) and the errors found while lexing it. */
    public record LexedFile(List<Token> tokens, List<LexError> errors) {
    }

    private static final String[] PUNCTUATORS = {
        "<<=", ">>=", "...", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", "++", "--", "%=",
        "&=", "|=", "^=", "&&", "||", "<<", ">>", "##",
    };
    private static final String SINGLE_PUNCTUATORS = "[](){}.&*+-~!/%<>^|?:;=,#";

    private final SourceFile file;
    private final char[] buf;
    private final int[] originalOffset;
    private final int length;
    private final List<Token> tokens = new ArrayList<>();
    private final List<LexError> errors = new ArrayList<>();
    private int p;

    private Lexer(SourceFile file) {
        this.file = file;
        String text = file.text();
        if (text.indexOf('\\') < 0) {
            buf = text.toCharArray();
            originalOffset = null;
            length = buf.length;
        } else {
            buf = new char[text.length()];
            originalOffset = new int[text.length() + 1];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i += 2;
                    continue;
                }
                if (c == '\\' && i + 2 < text.length() && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n') {
                    i += 3;
                    continue;
                }
                buf[n] = c;
                originalOffset[n] = i;
                n++;
                i++;
            }
            originalOffset[n] = text.length();
            length = n;
        }
    }

    /**
     * Tokenizes {@code file}: the token list ends in an EOF token; every lexical error is reported
     * to {@code diagnostics} (with its position and one sentence) and lexing continues.
     */
    public static List<Token> tokenize(SourceFile file, Diagnostics diagnostics) {
        LexedFile lexed = lex(file);
        for (LexError e : lexed.errors()) {
            diagnostics.add(e.diagnostic());
        }
        return lexed.tokens();
    }

    /** Tokenizes {@code file} and returns the errors instead of reporting them (for the preprocessor). */
    public static LexedFile lex(SourceFile file) {
        Lexer lexer = new Lexer(file);
        lexer.run();
        return new LexedFile(lexer.tokens, lexer.errors);
    }

    private SourcePos posAt(int bufferIndex) {
        return file.pos(originalOffset == null ? bufferIndex : originalOffset[bufferIndex]);
    }

    private char at(int i) {
        return i < length ? buf[i] : '\0';
    }

    private void error(int start, int len, String message, boolean evenIfSkipped) {
        errors.add(new LexError(tokens.size(), Diagnostic.error(posAt(start), len, message), evenIfSkipped, false));
    }

    private void run() {
        boolean lineStart = true;
        boolean space = false;
        while (p < length) {
            char c = buf[p];
            if (c == '\n') {
                p++;
                lineStart = true;
                space = false;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                p++;
                space = true;
                continue;
            }
            if (c == '/' && at(p + 1) == '/') {
                p += 2;
                while (p < length && buf[p] != '\n') {
                    p++;
                }
                space = true;
                continue;
            }
            if (c == '/' && at(p + 1) == '*') {
                int start = p;
                p += 2;
                while (p < length && !(buf[p] == '*' && at(p + 1) == '/')) {
                    p++;
                }
                if (p >= length) {
                    error(start, 2, "unterminated comment; close it with */", true);
                } else {
                    p += 2;
                }
                space = true;
                continue;
            }
            int start = p;
            TokenKind kind = scanToken(c);
            add(kind, start, space, lineStart);
            space = false;
            lineStart = false;
        }
        tokens.add(Token.of(TokenKind.EOF, "", file.pos(file.text().length()), space, true));
    }

    private void add(TokenKind kind, int start, boolean space, boolean lineStart) {
        tokens.add(Token.of(kind, new String(buf, start, p - start), posAt(start), space, lineStart));
    }

    /** Scans one token starting at {@code p} and returns its kind (a stray character is a PUNCTUATOR of its own). */
    private TokenKind scanToken(char c) {
        if (isDigit(c) || (c == '.' && isDigit(at(p + 1)))) {
            scanNumber();
            return TokenKind.NUMBER;
        }
        int prefix = literalPrefixLength();
        if (prefix >= 0) {
            char quote = buf[p + prefix];
            p += prefix;
            scanQuoted(quote, p - prefix);
            return quote == '"' ? TokenKind.STRING : TokenKind.CHAR;
        }
        if (isIdentStart(c)) {
            p++;
            while (p < length && isIdentPart(buf[p])) {
                p++;
            }
            return TokenKind.IDENTIFIER;
        }
        for (String punct : PUNCTUATORS) {
            if (startsWith(punct)) {
                p += punct.length();
                return TokenKind.PUNCTUATOR;
            }
        }
        if (SINGLE_PUNCTUATORS.indexOf(c) >= 0) {
            p++;
            return TokenKind.PUNCTUATOR;
        }
        errors.add(new LexError(tokens.size(), strayError(String.valueOf(c), posAt(p)), false, true));
        p += Character.isHighSurrogate(c) && Character.isLowSurrogate(at(p + 1)) ? 2 : 1;
        return TokenKind.PUNCTUATOR;
    }

    /** The error for a character that is no C token ("stray '@' in program"). */
    public static Diagnostic strayError(String text, SourcePos pos) {
        char c = text.charAt(0);
        String shown = c < 0x20 || c == 0x7f ? String.format("\\%03o", (int) c) : text;
        return Diagnostic.error(pos, 1, "stray '" + shown + "' in program; remove it");
    }

    /** True when {@code text} is one of C's punctuators (not a stray character). */
    public static boolean isPunctuator(String text) {
        if (text.length() == 1) {
            return SINGLE_PUNCTUATORS.indexOf(text.charAt(0)) >= 0;
        }
        for (String punct : PUNCTUATORS) {
            if (punct.equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The length of a literal prefix (0 for none) when a char or string literal starts at p, else -1. */
    private int literalPrefixLength() {
        char c = buf[p];
        if (c == '"' || c == '\'') {
            return 0;
        }
        if (c == 'u' && at(p + 1) == '8' && at(p + 2) == '"') {
            return 2;
        }
        if ((c == 'L' || c == 'u' || c == 'U') && (at(p + 1) == '"' || at(p + 1) == '\'')) {
            return 1;
        }
        return -1;
    }

    private void scanNumber() {
        p++;
        while (p < length) {
            char c = buf[p];
            if ((c == '+' || c == '-') && "eEpP".indexOf(buf[p - 1]) >= 0) {
                p++;
            } else if (isDigit(c) || isLetter(c) || c == '_' || c == '.') {
                p++;
            } else {
                break;
            }
        }
    }

    private void scanQuoted(char quote, int start) {
        p++;
        int contentStart = p;
        while (true) {
            if (p >= length || buf[p] == '\n') {
                String what = quote == '"' ? "string literal" : "character constant";
                error(start, p - start, "unterminated " + what + "; add the closing " + quote, false);
                return;
            }
            char c = buf[p];
            if (c == quote) {
                p++;
                if (quote == '\'' && p - 1 == contentStart) {
                    error(start, p - start, "empty character constant; write '\\0' for the null character", false);
                }
                return;
            }
            p += c == '\\' && p + 1 < length && buf[p + 1] != '\n' ? 2 : 1;
        }
    }

    private boolean startsWith(String s) {
        if (p + s.length() > length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Identifier characters as gcc takes them: letters, '_', '$' and non-ASCII letters (UTF-8 names). */
    static boolean isIdentStart(char c) {
        return isLetter(c) || c == '_' || c == '$' || (c >= 0x80 && Character.isLetter(c));
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
