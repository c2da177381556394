package org.threadlab.cc.pp;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/**
 * Reads the rest of a {@code #define} line into a {@link Macro}: the name, the parameter list of a
 * function-like macro (C99 {@code ...} and gcc's named {@code args...}), and the replacement list,
 * checked for the constraints of C11 6.10.3 ({@code #} before a parameter, {@code ##} not at
 * either end, {@code __VA_ARGS__} only in variadic macros).
 */
final class DefineParser {
    private final Diagnostics diagnostics;
    private final Token directive;
    private final List<Token> line;

    private DefineParser(Diagnostics diagnostics, Token directive, List<Token> line) {
        this.diagnostics = diagnostics;
        this.directive = directive;
        this.line = line;
    }

    /** The macro {@code line} (the tokens after "define") defines, or null after reporting why it is invalid. */
    static Macro parse(Token directive, List<Token> line, Diagnostics diagnostics) {
        return new DefineParser(diagnostics, directive, line).parse();
    }

    private Macro error(Token at, String message) {
        diagnostics.error(at.reportPos(), Math.max(at.text().length(), 1), message);
        return null;
    }

    private Macro parse() {
        if (line.isEmpty()) {
            return error(directive, "#define needs a macro name");
        }
        Token name = line.get(0);
        if (name.kind() != TokenKind.IDENTIFIER) {
            return error(name, "macro names must be identifiers; '" + name.text() + "' is not one");
        }
        if (name.text().equals("defined")) {
            return error(name, "'defined' cannot be used as a macro name");
        }
        boolean functionLike = line.size() > 1 && line.get(1).is("(") && !line.get(1).spaceBefore();
        List<String> params = new ArrayList<>();
        boolean variadic = false;
        int bodyStart = 1;
        if (functionLike) {
            int i = 2;
            if (i < line.size() && line.get(i).is(")")) {
                i++;
            } else {
                while (true) {
                    if (i >= line.size()) {
                        return error(line.get(line.size() - 1), "expected ')' to close the macro parameter list");
                    }
                    Token p = line.get(i);
                    if (p.is("...")) {
                        variadic = true;
                        params.add("__VA_ARGS__");
                        i++;
                    } else if (p.kind() == TokenKind.IDENTIFIER && !p.text().equals("__VA_ARGS__")) {
                        if (params.contains(p.text())) {
                            return error(p, "duplicate macro parameter '" + p.text() + "'");
                        }
                        params.add(p.text());
                        i++;
                        if (i < line.size() && line.get(i).is("...")) {
                            variadic = true;
                            i++;
                        }
                    } else {
                        return error(p, "expected a parameter name, found '" + p.text() + "'");
                    }
                    if (i < line.size() && line.get(i).is(")")) {
                        i++;
                        break;
                    }
                    if (variadic || i >= line.size() || !line.get(i).is(",")) {
                        return error(i < line.size() ? line.get(i) : line.get(i - 1),
                                "expected ',' or ')' in the macro parameter list");
                    }
                    i++;
                }
            }
            bodyStart = i;
        } else if (line.size() > 1 && !line.get(1).spaceBefore()) {
            diagnostics.warning(line.get(1).reportPos(), line.get(1).text().length(),
                    "missing whitespace after the macro name");
        }
        List<Token> body = new ArrayList<>(line.subList(bodyStart, line.size()));
        if (!body.isEmpty()) {
            body.set(0, body.get(0).withLayout(false, false));
        }
        Macro m = new Macro(name.text(), functionLike, params, variadic, body, name.pos(), false);
        return checkBody(m) ? m : null;
    }

    private boolean checkBody(Macro m) {
        List<Token> body = m.body();
        if (!body.isEmpty() && (body.get(0).is("##") || body.get(body.size() - 1).is("##"))) {
            Token at = body.get(0).is("##") ? body.get(0) : body.get(body.size() - 1);
            error(at, "'##' cannot appear at either end of a macro expansion");
            return false;
        }
        boolean vaArgsAllowed = m.variadic() && m.params().get(m.params().size() - 1).equals("__VA_ARGS__");
        for (int i = 0; i < body.size(); i++) {
            Token t = body.get(i);
            if (t.is("__VA_ARGS__") && !vaArgsAllowed) {
                error(t, "'__VA_ARGS__' can only appear in the body of a variadic macro");
                return false;
            }
            if (t.is("__VA_OPT__") && m.variadic()) {
                if (i + 1 >= body.size() || !body.get(i + 1).is("(")) {
                    error(t, "'__VA_OPT__' must be followed by '('");
                    return false;
                }
                int depth = 0;
                int k = i + 1;
                for (; k < body.size(); k++) {
                    if (body.get(k).is("(")) {
                        depth++;
                    } else if (body.get(k).is(")") && --depth == 0) {
                        break;
                    }
                }
                if (k == body.size()) {
                    error(t, "unterminated '__VA_OPT__'; add the closing ')'");
                    return false;
                }
            }
            if (m.functionLike() && t.is("#") && t.kind() == TokenKind.PUNCTUATOR) {
                if (i + 1 >= body.size() || m.paramIndex(body.get(i + 1).text()) < 0) {
                    error(t, "'#' is not followed by a macro parameter");
                    return false;
                }
            }
        }
        return true;
    }
}
