package org.threadlab.cc.pp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.lex.Lexer;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/*
 * Overview. Macro expansion with Prosser's hidesets, as chibicc's expand_macro/subst do. An
 * identifier naming a macro that is not in its own hideset expands; its replacement tokens get the
 * hideset HS ∪ {name} (object-like) or (HS(name) ∩ HS(')')) ∪ {name} (function-like) and are
 * pushed in front of the input, so rescanning happens by simply reading on. Arguments are fully
 * expanded on their own before substitution, except operands of # and ##. Empty arguments next to
 * ## become placemarkers (C11 6.10.3.3), removed after pasting. Expansion stops, with one
 * diagnostic, when all expansions of a compile have produced more than the token budget, and
 * argument pre-expansion nests at most MAX_NESTING deep, so no input can hang or overflow the stack.
 */

/** Expands macros: the replacement list, #, ##, __VA_ARGS__, __VA_OPT__, the dynamic macros. */
final class MacroExpander {
    private static final int MAX_NESTING = 200;
    private static final String PLACEMARKER = "";

    private final Map<String, Macro> macros;
    private final Diagnostics diagnostics;
    private final TokenStream mainStream;
    private final int maxExpansionTokens;
    private long expandedTokens;
    private boolean exhausted;
    private int nesting;
    private boolean nestingReported;
    private int counter;
    private String baseFile = "";
    private final Hidesets hidesets = new Hidesets();

    MacroExpander(Map<String, Macro> macros, Diagnostics diagnostics, TokenStream mainStream, int maxExpansionTokens) {
        this.macros = macros;
        this.diagnostics = diagnostics;
        this.mainStream = mainStream;
        this.maxExpansionTokens = maxExpansionTokens;
    }

    void setBaseFile(String name) {
        this.baseFile = name;
    }

    /** Runs a directive met while reading macro arguments from a file (gcc allows #ifdef there). */
    interface DirectiveHandler {
        void directive(Token hash);
    }

    private DirectiveHandler directiveHandler = hash -> { };

    void setDirectiveHandler(DirectiveHandler handler) {
        this.directiveHandler = handler;
    }

    /**
     * If {@code tok} names a macro that may expand here, consumes its arguments from {@code in},
     * pushes the replacement in front of {@code in} and returns true; otherwise returns false.
     */
    boolean tryExpand(Token tok, TokenStream in) {
        if (tok.kind() != TokenKind.IDENTIFIER || exhausted) {
            return false;
        }
        Macro m = macros.get(tok.text());
        if (m == null || tok.hideset().contains(m.name())) {
            return false;
        }
        if (m.dynamic()) {
            in.pushExpansion(List.of(dynamicValue(m, tok)));
            return true;
        }
        if (!m.functionLike()) {
            List<Token> body = subst(m, List.of(), new ArrayList<>(), tok, m.body(), 0, m.body().size());
            in.pushExpansion(finish(body, tok, hidesets.add(tok.hideset(), m.name())));
            return true;
        }
        Token open = in.peek();
        if (open == null || !open.is("(") || open.kind() != TokenKind.PUNCTUATOR) {
            return false;
        }
        in.next();
        List<List<Token>> args = new ArrayList<>();
        Token rparen = readArgs(m, tok, in, args);
        if (rparen == null || !checkArgCount(m, tok, args)) {
            return true;
        }
        List<List<Token>> expanded = new ArrayList<>(Collections.nCopies(args.size(), null));
        List<Token> body = subst(m, args, expanded, tok, m.body(), 0, m.body().size());
        Set<String> hs = hidesets.add(Hidesets.intersect(tok.hideset(), rparen.hideset()), m.name());
        in.pushExpansion(finish(body, tok, hs));
        return true;
    }

    /** {@code tokens} with every macro expanded, read on their own (for arguments and #if lines). */
    List<Token> expandAll(List<Token> tokens) {
        if (nesting >= MAX_NESTING) {
            if (!nestingReported && !tokens.isEmpty()) {
                nestingReported = true;
                diagnostics.error(tokens.get(0).reportPos(), tokens.get(0).text().length(),
                        "macro arguments are nested too deeply (more than " + MAX_NESTING + " levels)");
            }
            return tokens;
        }
        nesting++;
        try {
            TokenStream s = new TokenStream(diagnostics);
            s.pushExpansion(tokens);
            List<Token> out = new ArrayList<>();
            for (Token t = s.next(); t != null; t = s.next()) {
                if (!tryExpand(t, s)) {
                    out.add(t);
                }
            }
            return out;
        } finally {
            nesting--;
        }
    }

    /** Reads the arguments after '(' into {@code args}; returns the ')' or null after reporting an error. */
    private Token readArgs(Macro m, Token name, TokenStream in, List<List<Token>> args) {
        List<Token> current = new ArrayList<>();
        int depth = 0;
        int named = m.params().size() - (m.variadic() ? 1 : 0);
        while (true) {
            Token t = in.next();
            if (t == null || t.kind() == TokenKind.EOF) {
                diagnostics.error(name.reportPos(), name.text().length(), "unterminated argument list invoking macro '"
                        + m.name() + "'; add the closing ')'");
                return null;
            }
            if (in == mainStream && t.is("#") && t.lineStart() && t.expandedAt() == null && in.lastFromFile()) {
                directiveHandler.directive(t);
                continue;
            }
            if (t.kind() == TokenKind.PUNCTUATOR) {
                if (depth == 0 && t.text().equals(")")) {
                    args.add(current);
                    return t;
                }
                if (depth == 0 && t.text().equals(",") && !(m.variadic() && args.size() >= named)) {
                    args.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                if (t.text().equals("(")) {
                    depth++;
                } else if (t.text().equals(")")) {
                    depth--;
                }
            }
            current.add(t);
        }
    }

    private boolean checkArgCount(Macro m, Token name, List<List<Token>> args) {
        int params = m.params().size();
        int given = args.size() == 1 && args.get(0).isEmpty() && params == 0 ? 0 : args.size();
        if (m.variadic()) {
            if (given == params - 1) {
                args.add(new ArrayList<>());
                return true;
            }
            if (given >= params) {
                return true;
            }
            diagnostics.error(name.reportPos(), name.text().length(), "macro '" + m.name() + "' requires at least "
                    + (params - 1) + " argument" + (params - 1 == 1 ? "" : "s") + ", but only " + given + " given");
            return false;
        }
        if (given == params) {
            return true;
        }
        String message = given < params
                ? "macro '" + m.name() + "' requires " + params + " argument" + (params == 1 ? "" : "s") + ", but only "
                        + given + " given"
                : "macro '" + m.name() + "' passed " + given + " arguments, but takes just " + params;
        diagnostics.error(name.reportPos(), name.text().length(), message);
        return false;
    }

    /** The replacement of body[from, to) with arguments substituted, # and ## applied, placemarkers removed. */
    private List<Token> subst(Macro m, List<List<Token>> args, List<List<Token>> expanded, Token name,
                              List<Token> body, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Token t = body.get(i);
            Token next = i + 1 < to ? body.get(i + 1) : null;
            if (m.functionLike() && t.is("#") && next != null && m.paramIndex(next.text()) >= 0) {
                out.add(stringize(args.get(m.paramIndex(next.text())), t));
                i += 2;
                continue;
            }
            if (m.variadic() && t.is(",") && next != null && next.is("##") && i + 2 < to
                    && m.paramIndex(body.get(i + 2).text()) == m.params().size() - 1) {
                List<Token> va = args.get(m.params().size() - 1);
                if (!va.isEmpty()) {
                    out.add(t);
                    out.addAll(va);
                }
                i += 3;
                continue;
            }
            if (t.is("##") && t.kind() == TokenKind.PUNCTUATOR && next != null && !out.isEmpty()) {
                List<Token> rhs;
                int step = 2;
                int param = m.paramIndex(next.text());
                if (param >= 0) {
                    rhs = args.get(param);
                } else if (m.functionLike() && next.is("#") && i + 2 < to && m.paramIndex(body.get(i + 2).text()) >= 0) {
                    rhs = List.of(stringize(args.get(m.paramIndex(body.get(i + 2).text())), next));
                    step = 3;
                } else if (next.is("__VA_OPT__") && m.variadic()) {
                    int close = matchingParen(body, i + 2, to);
                    rhs = vaOpt(m, args, expanded, name, body, i + 2, close);
                    step = close + 1 - i;
                } else {
                    rhs = List.of(next);
                }
                Token lhs = out.remove(out.size() - 1);
                if (rhs.isEmpty()) {
                    out.add(lhs);
                } else {
                    out.addAll(paste(lhs, rhs.get(0), name));
                    out.addAll(rhs.subList(1, rhs.size()));
                }
                i += step;
                continue;
            }
            if (m.variadic() && t.is("__VA_OPT__") && next != null && next.is("(")) {
                int close = matchingParen(body, i + 1, to);
                List<Token> opt = vaOpt(m, args, expanded, name, body, i + 1, close);
                out.addAll(opt.isEmpty() ? List.of(placemarker(t)) : opt);
                i = close + 1;
                continue;
            }
            int param = m.paramIndex(t.text());
            if (param >= 0 && t.kind() == TokenKind.IDENTIFIER) {
                if (next != null && next.is("##")) {
                    List<Token> raw = args.get(param);
                    out.addAll(raw.isEmpty() ? List.of(placemarker(t)) : raw);
                } else {
                    if (expanded.get(param) == null) {
                        expanded.set(param, expandAll(args.get(param)));
                    }
                    List<Token> arg = expanded.get(param);
                    for (int k = 0; k < arg.size(); k++) {
                        Token a = arg.get(k);
                        out.add(k == 0 ? a.withLayout(t.spaceBefore(), t.lineStart()) : a);
                    }
                }
                i++;
                continue;
            }
            out.add(t);
            i++;
        }
        out.removeIf(tok -> tok.text().isEmpty());
        return out;
    }

    /** __VA_OPT__'s content, substituted, when the variable arguments have tokens; else nothing. */
    private List<Token> vaOpt(Macro m, List<List<Token>> args, List<List<Token>> expanded, Token name,
                              List<Token> body, int open, int close) {
        if (args.isEmpty() || args.get(m.params().size() - 1).isEmpty()) {
            return List.of();
        }
        return subst(m, args, expanded, name, body, open + 1, close);
    }

    /** The index of the ')' matching the '(' at {@code open} (checked when the macro was defined). */
    private static int matchingParen(List<Token> body, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (body.get(i).is("(")) {
                depth++;
            } else if (body.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return to - 1;
    }

    private static Token placemarker(Token at) {
        return new Token(TokenKind.PUNCTUATOR, PLACEMARKER, at.pos(), at.spaceBefore(), false, at.expandedAt(), Set.of());
    }

    /** The # operator (C11 6.10.3.2): the argument's spelling as a string literal, spaces normalised. */
    static Token stringize(List<Token> arg, Token hash) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < arg.size(); i++) {
            Token t = arg.get(i);
            if (i > 0 && (t.spaceBefore() || t.lineStart())) {
                sb.append(' ');
            }
            if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.CHAR) {
                sb.append(t.text().replace("\\", "\\\\").replace("\"", "\\\""));
            } else {
                sb.append(t.text());
            }
        }
        sb.append('"');
        return new Token(TokenKind.STRING, sb.toString(), hash.pos(), hash.spaceBefore(), hash.lineStart(),
                hash.expandedAt(), Set.of());
    }

    /** The ## operator: lhs and rhs spelled as one token and re-lexed; both kept, with an error, when invalid. */
    private List<Token> paste(Token lhs, Token rhs, Token name) {
        if (lhs.text().isEmpty()) {
            return List.of(rhs.withLayout(lhs.spaceBefore(), lhs.lineStart()));
        }
        if (rhs.text().isEmpty()) {
            return List.of(lhs);
        }
        String text = lhs.text() + rhs.text();
        Lexer.LexedFile lexed = Lexer.lex(new SourceFile(lhs.pos().file().name(), text));
        if (lexed.tokens().size() != 2 || !lexed.errors().isEmpty() || !lexed.tokens().get(0).text().equals(text)) {
            diagnostics.error(name.reportPos(), name.text().length(), "pasting \"" + lhs.text() + "\" and \""
                    + rhs.text() + "\" does not give a valid preprocessing token");
            return List.of(lhs, rhs);
        }
        return List.of(new Token(lexed.tokens().get(0).kind(), text, lhs.pos(), lhs.spaceBefore(), lhs.lineStart(),
                lhs.expandedAt(), Set.of()));
    }

    /** The replacement marked as expanded from {@code name}: hideset added, layout of the name on the first token. */
    private List<Token> finish(List<Token> body, Token name, Set<String> hs) {
        if (exhausted) {
            return List.of();
        }
        expandedTokens += body.size() + 1;
        if (expandedTokens > maxExpansionTokens) {
            exhausted = true;
            diagnostics.error(name.reportPos(), name.text().length(), "macro expansion is too large (more than "
                    + maxExpansionTokens + " tokens); look for a macro that uses another one several times");
            return List.of();
        }
        SourcePos at = name.reportPos();
        List<Token> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Token t = body.get(i);
            boolean space = i == 0 ? name.spaceBefore() : t.spaceBefore() || t.lineStart();
            boolean lineStart = i == 0 && name.lineStart();
            out.add(new Token(t.kind(), t.text(), t.pos(), space, lineStart,
                    t.expandedAt() != null ? t.expandedAt() : at, Hidesets.union(t.hideset(), hs)));
        }
        return out;
    }

    private Token dynamicValue(Macro m, Token tok) {
        SourcePos pos = tok.reportPos();
        TokenStream.Frame frame = mainStream.frameOf(pos.file());
        String text;
        TokenKind kind = TokenKind.NUMBER;
        switch (m.name()) {
            case "__LINE__" -> text = String.valueOf(pos.line() + (frame != null ? frame.lineDelta : 0));
            case "__FILE__" -> {
                text = quote(frame != null ? frame.fileName : pos.file().name());
                kind = TokenKind.STRING;
            }
            case "__BASE_FILE__" -> {
                text = quote(baseFile);
                kind = TokenKind.STRING;
            }
            case "__COUNTER__" -> text = String.valueOf(counter++);
            case "__INCLUDE_LEVEL__" -> text = String.valueOf(Math.max(mainStream.fileDepth() - 1, 0));
            default -> throw new AssertionError(m.name());
        }
        return new Token(kind, text, tok.pos(), tok.spaceBefore(), tok.lineStart(), tok.reportPos(),
                hidesets.add(tok.hideset(), m.name()));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Hideset algebra on immutable sets (Token keeps them without copying). Unions reuse an operand
     * when one contains the other, and adding a name is memoised, since a chain of expansions
     * builds the same few sets over and over. The memo only saves work: it never affects output.
     */
    static final class Hidesets {
        private static final int MEMO_LIMIT = 10_000;
        private final Map<Set<String>, Map<String, Set<String>>> added = new HashMap<>();

        Set<String> add(Set<String> a, String name) {
            if (a.contains(name)) {
                return a;
            }
            if (a.isEmpty()) {
                return Set.of(name);
            }
            Map<String, Set<String>> byName = added.get(a);
            Set<String> known = byName != null ? byName.get(name) : null;
            if (known != null) {
                return known;
            }
            Set<String> s = new HashSet<>(a);
            s.add(name);
            Set<String> result = Set.copyOf(s);
            if (added.size() < MEMO_LIMIT) {
                added.computeIfAbsent(a, k -> new HashMap<>()).put(name, result);
            }
            return result;
        }

        static Set<String> union(Set<String> a, Set<String> b) {
            if (b.isEmpty() || a.containsAll(b)) {
                return a;
            }
            if (a.isEmpty() || b.containsAll(a)) {
                return b;
            }
            Set<String> s = new HashSet<>(a);
            s.addAll(b);
            return Set.copyOf(s);
        }

        static Set<String> intersect(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return Set.of();
            }
            Set<String> s = new HashSet<>(a);
            s.retainAll(b);
            return Set.copyOf(s);
        }
    }
}
