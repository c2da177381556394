package org.threadlab.cc.lex;

import java.util.Set;

import org.threadlab.cc.SourcePos;

/**
 * One token: its kind, its exact spelling, and where it is. {@code spaceBefore} and
 * {@code lineStart} keep the layout the preprocessor needs (function-like macro calls, {@code #}
 * stringizing, directives). A token produced by macro expansion keeps the position of its
 * spelling and names, in {@code expandedAt}, the macro invocation it came from, so a diagnostic
 * can point at the line the student wrote. {@code hideset} is the set of macro names that must
 * not expand this token again (Prosser's algorithm, as chibicc does).
 */
public record Token(TokenKind kind, String text, SourcePos pos, boolean spaceBefore, boolean lineStart,
                    SourcePos expandedAt, Set<String> hideset) {

    public Token {
        hideset = Set.copyOf(hideset);
    }

    public static Token of(TokenKind kind, String text, SourcePos pos, boolean spaceBefore, boolean lineStart) {
        return new Token(kind, text, pos, spaceBefore, lineStart, null, Set.of());
    }

    /** True for a punctuator or identifier spelled {@code s}. */
    public boolean is(String s) {
        return (kind == TokenKind.PUNCTUATOR || kind == TokenKind.IDENTIFIER) && text.equals(s);
    }

    /** Where a diagnostic about this token should point: the invocation for expanded tokens. */
    public SourcePos reportPos() {
        return expandedAt != null ? expandedAt : pos;
    }

    public Token withLayout(boolean spaceBefore, boolean lineStart) {
        return new Token(kind, text, pos, spaceBefore, lineStart, expandedAt, hideset);
    }

    public Token expandedFrom(SourcePos invocation, Set<String> hideset) {
        return new Token(kind, text, pos, spaceBefore, lineStart,
                expandedAt != null ? expandedAt : invocation, hideset);
    }

    @Override
    public String toString() {
        return kind == TokenKind.EOF ? "end of file" : text;
    }
}
