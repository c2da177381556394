package org.threadlab.cc.pp;

import java.util.List;

import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/**
 * The file name of an {@code #include} line: {@code "x.h"} (a string token, taken verbatim) or
 * {@code <x.h>} (the spellings of the tokens up to '>', spaces kept where the source had them).
 * {@code at} is the token to point at; {@code extra} the first token after the name, if any.
 */
record HeaderName(String name, boolean angled, Token at, Token extra) {

    /** The header name at the start of {@code line}, or null when there is none. */
    static HeaderName parse(List<Token> line) {
        if (line.isEmpty()) {
            return null;
        }
        Token first = line.get(0);
        if (first.kind() == TokenKind.STRING && first.text().startsWith("\"") && first.text().endsWith("\"")
                && first.text().length() >= 2) {
            String name = first.text().substring(1, first.text().length() - 1);
            return name.isEmpty() ? null : new HeaderName(name, false, first, line.size() > 1 ? line.get(1) : null);
        }
        if (first.is("<")) {
            StringBuilder name = new StringBuilder();
            for (int i = 1; i < line.size(); i++) {
                Token t = line.get(i);
                if (t.is(">")) {
                    return name.length() == 0 ? null
                            : new HeaderName(name.toString(), true, first, i + 1 < line.size() ? line.get(i + 1) : null);
                }
                if (i > 1 && t.spaceBefore()) {
                    name.append(' ');
                }
                name.append(t.text());
            }
        }
        return null;
    }
}
