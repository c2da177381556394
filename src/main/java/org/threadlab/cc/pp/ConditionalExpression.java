package org.threadlab.cc.pp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.lex.CharConstant;
import org.threadlab.cc.lex.Encoding;
import org.threadlab.cc.lex.Literals;
import org.threadlab.cc.lex.NumberConstant;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;

/*
 * Overview. The controlling expression of #if and #elif (C11 6.10.1): 'defined X', 'defined(X)'
 * and __has_include(...) are replaced by 1 or 0, the rest is macro-expanded, identifiers left over
 * become 0, and the integer constant expression is evaluated in intmax_t / uintmax_t: a value is
 * 64 bits plus a flag saying it is unsigned, and an operation is unsigned when either operand is
 * (the usual arithmetic conversions). &&, || and ?: do not evaluate (or complain about) the operand
 * they skip. Recursion is bounded by MAX_DEPTH with a diagnostic.
 */

/** Evaluates the expression of an #if or #elif line. */
final class ConditionalExpression {
    private static final int MAX_DEPTH = 256;

    /** A value of the expression: 64 bits, read as unsigned when {@code unsigned}. */
    private record Value(long bits, boolean unsigned) {
        boolean isTrue() {
            return bits != 0;
        }
    }

    /** Ends evaluation after the first error has been reported. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed() {
            super(null, null, false, false);
        }
    }

    /** gcc's feature queries: ThreadLab claims none of these attributes, builtins or features. */
    private static final Set<String> UNSUPPORTED_QUERIES = Set.of("__has_attribute", "__has_c_attribute",
            "__has_builtin", "__has_feature", "__has_extension", "__has_include_next", "__has_cpp_attribute");

    /** Answers __has_include: the header name and whether it was in angle brackets. */
    interface HasInclude {
        boolean exists(String name, boolean angled);
    }

    private final Diagnostics diagnostics;
    private final List<Token> tokens;
    private final Token directive;
    private int p;
    private int depth;
    private int skipping;

    private ConditionalExpression(Diagnostics diagnostics, List<Token> tokens, Token directive) {
        this.diagnostics = diagnostics;
        this.tokens = tokens;
        this.directive = directive;
    }

    /** True when the #if line {@code line} (the tokens after the directive name) is nonzero; errors count as false. */
    static boolean evaluate(List<Token> line, Token directive, Predicate<String> isDefined, HasInclude hasInclude,
                            MacroExpander expander, Diagnostics diagnostics) {
        if (line.isEmpty()) {
            diagnostics.error(directive.reportPos(), directive.text().length(), "#" + directive.text()
                    + " with no expression; write a condition after it");
            return false;
        }
        try {
            List<Token> replaced = replaceDefined(line, isDefined, hasInclude, diagnostics);
            List<Token> expanded = replaceDefined(expander.expandAll(replaced), isDefined, hasInclude, diagnostics);
            ConditionalExpression e = new ConditionalExpression(diagnostics, expanded, directive);
            Value v = e.comma();
            if (e.p < expanded.size()) {
                e.fail(expanded.get(e.p), "missing binary operator before '" + expanded.get(e.p).text() + "'");
            }
            return v.isTrue();
        } catch (Failed f) {
            return false;
        }
    }

    private static List<Token> replaceDefined(List<Token> line, Predicate<String> isDefined, HasInclude hasInclude,
                                              Diagnostics diagnostics) {
        List<Token> out = new ArrayList<>(line.size());
        for (int i = 0; i < line.size(); i++) {
            Token t = line.get(i);
            if (t.kind() == TokenKind.IDENTIFIER && t.text().equals("defined")) {
                boolean paren = i + 1 < line.size() && line.get(i + 1).is("(");
                int nameAt = paren ? i + 2 : i + 1;
                if (nameAt >= line.size() || line.get(nameAt).kind() != TokenKind.IDENTIFIER) {
                    diagnostics.error(t.reportPos(), t.text().length(), "'defined' must be followed by a macro name");
                    throw new Failed();
                }
                if (paren && (nameAt + 1 >= line.size() || !line.get(nameAt + 1).is(")"))) {
                    diagnostics.error(t.reportPos(), t.text().length(), "missing ')' after 'defined'");
                    throw new Failed();
                }
                out.add(number(t, isDefined.test(line.get(nameAt).text())));
                i = paren ? nameAt + 1 : nameAt;
            } else if (t.kind() == TokenKind.IDENTIFIER && t.text().equals("__has_include")) {
                i = hasInclude(line, i, hasInclude, out, diagnostics);
            } else if (t.kind() == TokenKind.IDENTIFIER && UNSUPPORTED_QUERIES.contains(t.text())
                    && i + 1 < line.size() && line.get(i + 1).is("(")) {
                int depth = 0;
                int k = i + 1;
                for (; k < line.size(); k++) {
                    if (line.get(k).is("(")) {
                        depth++;
                    } else if (line.get(k).is(")") && --depth == 0) {
                        break;
                    }
                }
                out.add(number(t, false));
                i = Math.min(k, line.size() - 1);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Replaces {@code __has_include("x.h")} or {@code __has_include(<x.h>)} at {@code i}; returns its last index. */
    private static int hasInclude(List<Token> line, int i, HasInclude hasInclude, List<Token> out, Diagnostics diagnostics) {
        Token t = line.get(i);
        if (i + 2 < line.size() && line.get(i + 1).is("(")) {
            Token arg = line.get(i + 2);
            if (arg.kind() == TokenKind.STRING && arg.text().startsWith("\"") && i + 3 < line.size()
                    && line.get(i + 3).is(")")) {
                String name = arg.text().substring(1, arg.text().length() - 1);
                out.add(number(t, hasInclude.exists(name, false)));
                return i + 3;
            }
            if (arg.is("<")) {
                StringBuilder name = new StringBuilder();
                for (int k = i + 3; k + 1 < line.size(); k++) {
                    if (line.get(k).is(">") && line.get(k + 1).is(")")) {
                        out.add(number(t, hasInclude.exists(name.toString(), true)));
                        return k + 1;
                    }
                    if (line.get(k).spaceBefore() && name.length() > 0) {
                        name.append(' ');
                    }
                    name.append(line.get(k).text());
                }
            }
        }
        diagnostics.error(t.reportPos(), t.text().length(), "__has_include expects \"FILENAME\" or <FILENAME> in parentheses");
        throw new Failed();
    }

    private static Token number(Token at, boolean value) {
        return new Token(TokenKind.NUMBER, value ? "1" : "0", at.pos(), at.spaceBefore(), false, at.expandedAt(), Set.of());
    }

    private void fail(Token at, String message) {
        diagnostics.error(at.reportPos(), Math.max(at.text().length(), 1), message + " in #" + directive.text());
        throw new Failed();
    }

    private Token peek() {
        return p < tokens.size() ? tokens.get(p) : null;
    }

    private boolean accept(String op) {
        Token t = peek();
        if (t != null && t.kind() == TokenKind.PUNCTUATOR && t.text().equals(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token last() {
        return tokens.isEmpty() ? directive : tokens.get(Math.max(Math.min(p, tokens.size()) - 1, 0));
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            fail(peek() != null ? peek() : last(), "expression nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    private Value comma() {
        Value v = conditional();
        while (accept(",")) {
            v = conditional();
        }
        return v;
    }

    private Value conditional() {
        enter();
        Value cond = binary(0);
        if (accept("?")) {
            boolean take = cond.isTrue();
            Value a = evaluatedIf(take, this::comma);
            if (!accept(":")) {
                fail(peek() != null ? peek() : last(), "expected ':' in conditional expression");
            }
            Value b = evaluatedIf(!take, this::conditional);
            boolean unsigned = a.unsigned() || b.unsigned();
            cond = new Value(take ? a.bits() : b.bits(), unsigned);
        }
        depth--;
        return cond;
    }

    private Value evaluatedIf(boolean evaluated, Supplier<Value> operand) {
        if (!evaluated) {
            skipping++;
        }
        try {
            return operand.get();
        } finally {
            if (!evaluated) {
                skipping--;
            }
        }
    }

    private static final List<List<String>> LEVELS = List.of(
            List.of("||"), List.of("&&"), List.of("|"), List.of("^"), List.of("&"), List.of("==", "!="),
            List.of("<", ">", "<=", ">="), List.of("<<", ">>"), List.of("+", "-"), List.of("*", "/", "%"));

    private Value binary(int level) {
        if (level == LEVELS.size()) {
            return unary();
        }
        Value left = binary(level + 1);
        while (true) {
            Token op = peek();
            if (op == null || op.kind() != TokenKind.PUNCTUATOR || !LEVELS.get(level).contains(op.text())) {
                return left;
            }
            p++;
            if (op.text().equals("&&") || op.text().equals("||")) {
                boolean and = op.text().equals("&&");
                boolean decided = and ? !left.isTrue() : left.isTrue();
                Value right = evaluatedIf(!decided, () -> binary(level + 1));
                boolean result = decided ? !and : right.isTrue();
                left = new Value(result ? 1 : 0, false);
            } else {
                left = apply(op, left, binary(level + 1));
            }
        }
    }

    private Value apply(Token op, Value a, Value b) {
        boolean u = a.unsigned() || b.unsigned();
        long x = a.bits();
        long y = b.bits();
        switch (op.text()) {
            case "|": return new Value(x | y, u);
            case "^": return new Value(x ^ y, u);
            case "&": return new Value(x & y, u);
            case "==": return bool(x == y);
            case "!=": return bool(x != y);
            case "<": return bool(u ? Long.compareUnsigned(x, y) < 0 : x < y);
            case ">": return bool(u ? Long.compareUnsigned(x, y) > 0 : x > y);
            case "<=": return bool(u ? Long.compareUnsigned(x, y) <= 0 : x <= y);
            case ">=": return bool(u ? Long.compareUnsigned(x, y) >= 0 : x >= y);
            case "<<": return new Value(shift(x, y, b.unsigned(), true, a.unsigned()), a.unsigned());
            case ">>": return new Value(shift(x, y, b.unsigned(), false, a.unsigned()), a.unsigned());
            case "+": return new Value(x + y, u);
            case "-": return new Value(x - y, u);
            case "*": return new Value(x * y, u);
            case "/":
            case "%":
                if (y == 0) {
                    if (skipping > 0) {
                        return new Value(0, u);
                    }
                    fail(op, "division by zero");
                }
                if (op.text().equals("/")) {
                    return new Value(u ? Long.divideUnsigned(x, y) : x / y, u);
                }
                return new Value(u ? Long.remainderUnsigned(x, y) : x % y, u);
            default:
                throw new AssertionError(op.text());
        }
    }

    /** gcc's #if shifts: a negative count shifts the other way; counts of 64 or more shift everything out. */
    private static long shift(long x, long count, boolean countUnsigned, boolean left, boolean unsigned) {
        if (!countUnsigned && count < 0) {
            left = !left;
            count = count == Long.MIN_VALUE ? 64 : -count;
        }
        boolean tooFar = Long.compareUnsigned(count, 64) >= 0;
        if (left) {
            return tooFar ? 0 : x << count;
        }
        if (unsigned) {
            return tooFar ? 0 : x >>> count;
        }
        return tooFar ? (x < 0 ? -1 : 0) : x >> count;
    }

    private static Value bool(boolean b) {
        return new Value(b ? 1 : 0, false);
    }

    private Value unary() {
        enter();
        try {
            if (accept("+")) {
                return unary();
            }
            if (accept("-")) {
                Value v = unary();
                return new Value(-v.bits(), v.unsigned());
            }
            if (accept("~")) {
                Value v = unary();
                return new Value(~v.bits(), v.unsigned());
            }
            if (accept("!")) {
                return bool(!unary().isTrue());
            }
            return primary();
        } finally {
            depth--;
        }
    }

    private Value primary() {
        Token t = peek();
        if (t == null) {
            fail(last(), "expected a value after '" + last().text() + "'");
        }
        p++;
        if (t.is("(")) {
            Value v = comma();
            if (!accept(")")) {
                fail(peek() != null ? peek() : last(), "expected ')'");
            }
            return v;
        }
        switch (t.kind()) {
            case IDENTIFIER:
                return new Value(0, false);
            case NUMBER: {
                NumberConstant c = Literals.parseNumber(t, diagnostics);
                if (c instanceof NumberConstant.IntConstant i) {
                    return new Value(i.bits(), i.type().isUnsigned());
                }
                fail(t, "floating constant '" + t.text() + "' is not allowed");
                return null;
            }
            case CHAR: {
                CharConstant c = Literals.decodeChar(t, diagnostics);
                boolean unsigned = c.encoding() == Encoding.UTF16 || c.encoding() == Encoding.UTF32;
                return new Value(unsigned ? c.value() & 0xFFFF_FFFFL : c.value(), unsigned);
            }
            default:
                fail(t, "token '" + t.text() + "' is not valid");
                return null;
        }
    }
}
