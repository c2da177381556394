package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Expr.BinaryOp;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.lex.CharConstant;
import org.threadlab.cc.lex.IntType;
import org.threadlab.cc.lex.Literals;
import org.threadlab.cc.lex.NumberConstant;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;
import org.threadlab.cc.type.Member;
import org.threadlab.cc.type.Param;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;

/**
 * Postfix and primary expressions (C11 6.5.1-6.5.2): subscripts, calls (with argument
 * conversions and count checks), member access, postfix ++/--, identifiers (undeclared names,
 * implicit function declarations), constants, string literals, statement expressions and the
 * GNU builtins that are not ordinary calls.
 */
abstract class PrimaryParser extends ExprBuilder {

    /** Assignments written inside parentheses, {@code if ((x = next()))}: no "did you mean '=='". Only looked up. */
    final Set<Expr> parenthesisedAssignments = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The statement expressions and variably modified scopes a goto may not jump into (StatementParser). */
    final JumpBarriers jumps = new JumpBarriers();

    PrimaryParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** expression: the comma expression, provided by the expression parser. */
    abstract Expr expression();

    /** incDec: builds ++/-- on {@code e}; provided by the expression parser. */
    abstract Expr incDec(Expr e, Token op, boolean prefix, boolean increment);

    /** A compound statement for a GNU statement expression, after its '{'... provided by the statement parser. */
    abstract Stmt.Block compoundStatement();

    /** A compound literal {@code (T){...}} after the type name, at the '{'. */
    abstract Expr compoundLiteral(Type type, Token start);

    /** A string literal object (global) for the concatenated literal tokens. */
    abstract Variable stringLiteral(StringUnits s, SourcePos pos);

    /** The {@code __func__} object of the current function. */
    abstract Variable functionName(Token at);

    /** postfix: primary ('[' expression ']' | '(' args ')' | '.' ident | '->' ident | '++' | '--')* */
    Expr postfix() {
        return postfixOperators(primary());
    }

    Expr postfixOperators(Expr e) {
        while (true) {
            Token op = peek();
            if (op.is("[")) {
                advance();
                Expr idx = expression();
                consume("]", "expected ']' after the array index");
                Expr base = rvalue(e);
                Expr i = rvalue(idx);
                if (!base.type().isPointer() && i.type().isPointer()) {
                    Expr tmp = base;
                    base = i;
                    i = tmp;
                }
                if (!base.type().isPointer() || !i.type().isInteger()) {
                    error(op, "subscripted value is neither an array nor a pointer, or the index is not an integer");
                    e = new Expr.IntConst(0, Type.INT, e.pos());
                    continue;
                }
                e = dereference(binary(BinaryOp.ADD, base, i, op), op);
            } else if (op.is("(")) {
                advance();
                e = call(e, op);
            } else if (op.is(".") || op.is("->")) {
                advance();
                Token name = expectIdentifier("expected a member name after '" + op.text() + "'");
                Expr object = op.is("->") ? arrowObject(e, op) : e;
                e = memberAccess(object, name, op);
            } else if (op.is("++") || op.is("--")) {
                advance();
                e = incDec(e, op, false, op.is("++"));
            } else {
                return e;
            }
        }
    }

    private Expr arrowObject(Expr e, Token op) {
        Expr p = rvalue(e);
        if (!p.type().isPointer()) {
            error(op, "invalid type argument of '->' (have " + p.type().quoted() + "); use '.' for a struct value");
            return e;
        }
        return new Expr.Deref(p, p.type().base(), p.pos());
    }

    private Expr memberAccess(Expr object, Token name, Token op) {
        Type t = object.type();
        if (!t.isStructOrUnion()) {
            error(op, "request for member '" + name.text() + "' in something that is not a struct or union (have '" + t + "')");
            return new Expr.IntConst(0, Type.INT, object.pos());
        }
        if (!t.isComplete()) {
            error(op, "'" + t + "' is incomplete; define it before accessing '" + name.text() + "'");
            return new Expr.IntConst(0, Type.INT, object.pos());
        }
        List<Member> path = new ArrayList<>();
        if (!findMember(t, name.text(), path)) {
            error(name, "'" + t + "' has no member named '" + name.text() + "'");
            return new Expr.IntConst(0, Type.INT, object.pos());
        }
        Expr e = object;
        for (Member m : path) {
            Type mt = m.type();
            if (t.isConst() && !mt.isConst()) {
                mt = mt.withConst();
            }
            e = new Expr.MemberAccess(e, m, mt, posOf(name));
        }
        return e;
    }

    /** Finds {@code name} in {@code t}, through anonymous struct/union members; fills the access path. */
    static boolean findMember(Type t, String name, List<Member> path) {
        for (Member m : t.members()) {
            if (m.isAnonymous()) {
                path.add(m);
                if (findMember(m.type(), name, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            } else if (m.name().equals(name)) {
                path.add(m);
                return true;
            }
        }
        return false;
    }

    private Expr call(Expr callee, Token paren) {
        Type ft = null;
        Expr target = callee;
        if (callee.type().isFunction() && callee instanceof Expr.FuncRef) {
            ft = callee.type();
        } else {
            target = rvalue(callee);
            if (target.type().isPointer() && target.type().base().isFunction()) {
                ft = target.type().base();
            }
        }
        List<Expr> args = new ArrayList<>();
        List<Token> argTokens = new ArrayList<>();
        if (!check(")")) {
            do {
                argTokens.add(peek());
                args.add(assignment());
            } while (match(","));
        }
        consume(")", "expected ')' after the function arguments");
        if (ft == null) {
            error(paren, "called object is not a function or function pointer (its type is " + callee.type().quoted() + ")");
            return new Expr.IntConst(0, Type.INT, callee.pos());
        }
        String name = callee instanceof Expr.FuncRef f ? "function '" + f.function().name() + "'"
                : "the function pointer";
        List<Param> params = ft.params();
        if (ft.isPrototyped()) {
            if (args.size() < params.size()) {
                error(paren, "too few arguments to " + name + " (expected " + params.size()
                        + ", have " + args.size() + ")");
            } else if (args.size() > params.size() && !ft.isVariadic()) {
                error(argTokens.get(params.size()), "too many arguments to " + name + " (expected "
                        + params.size() + ", have " + args.size() + ")");
            }
        }
        List<Expr> converted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            if (ft.isPrototyped() && i < params.size()) {
                converted.add(assignConvert(a, params.get(i).type(), "passing", argTokens.get(i)));
            } else {
                a = rvalue(a);
                if (a.type().isVoid()) {
                    error(argTokens.get(i), "a 'void' expression cannot be an argument");
                }
                converted.add(a.type().isArithmetic() ? convert(a, TypeRules.argumentPromote(a.type())) : a);
            }
        }
        Type ret = ft.returnType().unqualified();
        return new Expr.Call(target, converted, ft, ret, callee.pos());
    }

    /** primary: '(' expression ')' | '(' '{' statements '}' ')' | identifier | constant | string-literal */
    Expr primary() {
        Token t = peek();
        if (t.is("(")) {
            advance();
            if (check("{")) {
                if (currentFunction == null) {
                    throw syntaxError(peek(), "a statement expression '({ ... })' can only appear inside a function");
                }
                jumps.enter(JumpBarriers.STATEMENT_EXPRESSION);
                Stmt.Block body;
                try {
                    body = compoundStatement();
                } finally {
                    jumps.leave();
                }
                consume(")", "expected ')' after the statement expression");
                Type type = Type.VOID;
                if (!body.stmts().isEmpty() && body.stmts().get(body.stmts().size() - 1) instanceof Stmt.ExprStmt last) {
                    type = rvalue(last.expr()).type();
                }
                return new Expr.StmtExpr(body, type, posOf(t));
            }
            Expr e = expression();
            consume(")", "expected ')' to close '('");
            if (e instanceof Expr.Assign) {
                parenthesisedAssignments.add(e);
            }
            return e;
        }
        switch (t.kind()) {
            case NUMBER -> {
                advance();
                NumberConstant n = Literals.parseNumber(t, diags);
                if (n instanceof NumberConstant.FloatConstant f) {
                    return new Expr.FloatConst(f.value(), f.type() == NumberConstant.FloatType.FLOAT
                            ? Type.FLOAT : Type.DOUBLE, posOf(t));
                }
                NumberConstant.IntConstant i = (NumberConstant.IntConstant) n;
                return new Expr.IntConst(i.bits(), intType(i.type()), posOf(t));
            }
            case CHAR -> {
                advance();
                CharConstant c = Literals.decodeChar(t, diags);
                Type type = switch (c.encoding()) {
                    case UTF16 -> Type.USHORT;
                    case UTF32 -> Type.UINT;
                    default -> Type.INT;
                };
                long value = type == Type.UINT ? c.value() & 0xffffffffL : type == Type.USHORT ? c.value() & 0xffff : c.value();
                return new Expr.IntConst(value, type, posOf(t));
            }
            case STRING -> {
                return stringLiteralExpr();
            }
            case IDENTIFIER -> {
                return identifier();
            }
            default -> throw syntaxError(t, t.kind() == TokenKind.EOF ? "expected an expression before the end of the file"
                    : "expected an expression before '" + t.text() + "'");
        }
    }

    Expr stringLiteralExpr() {
        Token first = peek();
        Variable v = stringLiteral(adjacentStrings(), posOf(first));
        return new Expr.VarRef(v, v.type(), posOf(first));
    }

    /** Decodes and concatenates adjacent string literal tokens (C11 5.1.1.2 phase 6). */
    StringUnits adjacentStrings() {
        List<Token> strings = new ArrayList<>();
        while (peek().kind() == TokenKind.STRING) {
            strings.add(advance());
        }
        return StringUnits.of(Literals.decodeStrings(strings, diags));
    }

    /** The C type of an integer constant's {@link IntType}. */
    private static Type intType(IntType type) {
        return switch (type) {
            case INT -> Type.INT;
            case UNSIGNED_INT -> Type.UINT;
            case LONG -> Type.LONG;
            case UNSIGNED_LONG -> Type.ULONG;
            case LONG_LONG -> Type.LLONG;
            case UNSIGNED_LONG_LONG -> Type.ULLONG;
        };
    }

    private Expr identifier() {
        Token t = advance();
        String name = t.text();
        SourcePos pos = posOf(t);
        switch (name) {
            case "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__" -> {
                Variable v = functionName(t);
                return new Expr.VarRef(v, v.type(), pos);
            }
            case "_Generic" -> {
                return genericSelection(t);
            }
            case "__builtin_va_arg" -> {
                return builtinVaArg(t);
            }
            case "__builtin_offsetof" -> {
                return builtinOffsetof(t);
            }
            default -> { }
        }
        if (Keywords.isKeyword(name)) {
            throw syntaxError(t, "expected an expression before '" + name + "'");
        }
        Object sym = lookup(name);
        if (sym == null && Builtins.isBuiltin(name) && check("(")) {
            return builtinCall(t);
        }
        if (sym instanceof Variable v) {
            return new Expr.VarRef(v, v.type(), pos);
        }
        if (sym instanceof Function f) {
            return new Expr.FuncRef(f, f.type(), pos);
        }
        if (sym instanceof Scope.EnumConst c) {
            return new Expr.IntConst(c.value(), c.type(), pos);
        }
        if (sym instanceof Scope.TypedefName) {
            throw syntaxError(t, "unexpected type name '" + name + "'; expected an expression");
        }
        if (check("(")) {
            warning(t, "implicit declaration of function '" + name + "'; include its header or declare it");
            Function f = new Function(name, Type.function(Type.INT, List.of(), false, false), pos);
            f.setImplicit(true);
            scopes.get(0).ordinary.put(name, f);
            functions.add(f);
            return new Expr.FuncRef(f, f.type(), pos);
        }
        error(t, "'" + name + "' undeclared; declare it before use");
        if (currentFunction != null) {
            Variable v = new Variable(name, name, Type.INT, Variable.Kind.LOCAL, pos, currentFunction.locals().size());
            currentFunction.locals().add(v);
            scopes.get(1).ordinary.put(name, v);
            return new Expr.VarRef(v, Type.INT, pos);
        }
        return new Expr.IntConst(0, Type.INT, pos);
    }


    /** A call to a GNU builtin from {@link Builtins}, typed from its arguments. */
    private Expr builtinCall(Token t) {
        String name = t.text();
        Token paren = advance();
        List<Expr> args = new ArrayList<>();
        List<Token> argTokens = new ArrayList<>();
        if (!check(")")) {
            do {
                argTokens.add(peek());
                args.add(rvalue(assignment()));
            } while (match(","));
        }
        consume(")", "expected ')' after the arguments of '" + name + "'");
        if (Builtins.needsObjectPointer(name) && (args.isEmpty() || !args.get(0).type().isPointer()
                || !args.get(0).type().base().isScalar())) {
            error(paren, "the first argument of '" + name + "' must be a pointer to an integer or pointer object");
            return new Expr.IntConst(0, Type.INT, posOf(t));
        }
        Type object = Builtins.needsObjectPointer(name) ? args.get(0).type().base().unqualified() : null;
        List<Expr> converted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            if (i == 0 || object == null) {
                converted.add(a.type().isArithmetic() ? convert(a, TypeRules.argumentPromote(a.type())) : a);
            } else if (name.equals("__atomic_compare_exchange_n") && i <= 2) {
                // (object *, object *expected, object desired, weak, success order, failure order)
                Type want = i == 1 ? Type.pointerTo(object) : object;
                converted.add(assignConvert(a, want, "passing", argTokens.get(i)));
            } else if (i <= valueArgumentCount(name)) {
                converted.add(assignConvert(a, object, "passing", argTokens.get(i)));
            } else {
                converted.add(convert(a, Type.INT));
            }
        }
        Type ret = Builtins.resultType(name, args);
        Function f = builtin(name, ret, posOf(t));
        return new Expr.Call(new Expr.FuncRef(f, f.type(), posOf(t)), converted, f.type(), ret, posOf(t));
    }

    /** How many arguments after the object pointer are values of the object's type. */
    private static int valueArgumentCount(String name) {
        if (name.contains("compare_and_swap")) {
            return 2;
        }
        if (name.startsWith("__atomic_load") || name.startsWith("__atomic_test") || name.startsWith("__atomic_clear")
                || name.equals("__sync_lock_release")) {
            return 0;
        }
        return 1;
    }

    /**
     * {@code _Generic(controlling, T1: e1, ..., default: e)} (C11 6.5.1.1): the association whose
     * type is compatible with the controlling expression's type after decay and without
     * qualifiers; the controlling expression is not evaluated.
     */
    private Expr genericSelection(Token kw) {
        consume("(", "expected '(' after '_Generic'");
        Type controlling = rvalue(assignment()).type().unqualified();
        Expr chosen = null;
        Expr fallback = null;
        while (match(",")) {
            Token at = peek();
            if (match("default")) {
                consume(":", "expected ':' after 'default'");
                Expr e = assignment();
                if (fallback != null) {
                    error(at, "duplicate 'default' association in '_Generic'");
                }
                fallback = e;
                continue;
            }
            Type t = typeName();
            consume(":", "expected ':' after the type in '_Generic'");
            Expr e = assignment();
            if (chosen == null && TypeRules.compatible(controlling, t)) {
                chosen = e;
            }
        }
        consume(")", "expected ')' after the '_Generic' associations");
        if (chosen != null) {
            return chosen;
        }
        if (fallback != null) {
            return fallback;
        }
        error(kw, "no association in '_Generic' matches the type '" + controlling + "'");
        return new Expr.IntConst(0, Type.INT, posOf(kw));
    }

    /** {@code __builtin_va_arg(ap, T)}: a call to the builtin with the size of T, typed T. */
    private Expr builtinVaArg(Token t) {
        consume("(", "expected '(' after '__builtin_va_arg'");
        Expr ap = rvalue(assignment());
        consume(",", "expected ',' in '__builtin_va_arg'");
        Type type = typeName();
        consume(")", "expected ')' after '__builtin_va_arg'");
        Function f = builtin("__builtin_va_arg", type, posOf(t));
        return new Expr.Call(new Expr.FuncRef(f, f.type(), posOf(t)),
                List.of(ap, new Expr.IntConst(type.size(), Type.ULONG, posOf(t))), f.type(), type.unqualified(), posOf(t));
    }

    private Function builtin(String name, Type ret, SourcePos pos) {
        return new Function(name, Type.function(ret, List.of(), true, false), pos);
    }

    private Expr builtinOffsetof(Token t) {
        consume("(", "expected '(' after '__builtin_offsetof'");
        Type type = typeName();
        consume(",", "expected ',' in '__builtin_offsetof'");
        Token name = expectIdentifier("expected a member name");
        consume(")", "expected ')' after '__builtin_offsetof'");
        List<Member> path = new ArrayList<>();
        if (!type.isStructOrUnion() || !findMember(type, name.text(), path)) {
            error(name, "'" + type + "' has no member named '" + name.text() + "'");
            return new Expr.IntConst(0, Type.ULONG, posOf(t));
        }
        long off = 0;
        for (Member m : path) {
            off += m.offset();
        }
        return new Expr.IntConst(off, Type.ULONG, posOf(t));
    }
}
