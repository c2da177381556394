package org.threadlab.cc.pp;

import java.util.List;

import org.threadlab.cc.SourcePos;
import org.threadlab.cc.lex.Token;

/**
 * One macro definition. A function-like macro has {@code params}; when {@code variadic} its last
 * parameter collects the variable arguments (named {@code __VA_ARGS__}, or the name of gcc's
 * {@code args...}). A dynamic macro (__LINE__, __FILE__, __COUNTER__, ...) has an empty body and
 * is expanded by the expander itself.
 */
record Macro(String name, boolean functionLike, List<String> params, boolean variadic, List<Token> body,
             SourcePos definedAt, boolean dynamic) {

    Macro {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    static Macro dynamic(String name) {
        return new Macro(name, false, List.of(), false, List.of(), null, true);
    }

    /** The index of parameter {@code name}, or -1. */
    int paramIndex(String name) {
        return functionLike ? params.indexOf(name) : -1;
    }

    /** Same definition as C11 6.10.3p2 counts it: same parameters, same tokens, same whitespace separation. */
    boolean sameDefinitionAs(Macro other) {
        if (functionLike != other.functionLike || variadic != other.variadic || dynamic != other.dynamic
                || !params.equals(other.params) || body.size() != other.body.size()) {
            return false;
        }
        for (int i = 0; i < body.size(); i++) {
            Token a = body.get(i);
            Token b = other.body.get(i);
            if (a.kind() != b.kind() || !a.text().equals(b.text()) || (i > 0 && a.spaceBefore() != b.spaceBefore())) {
                return false;
            }
        }
        return true;
    }
}
