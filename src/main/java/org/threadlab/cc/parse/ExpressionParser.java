package org.threadlab.cc.parse;

import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Expr.BinaryOp;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;

/**
 * Expressions (C11 6.5), one method per grammar rule from {@link #expression()} down to
 * {@link #unary()}; postfix and primary expressions are in {@link PrimaryParser}. Every method
 * returns a typed node; errors are reported and replaced by an int constant so parsing
 * continues. Nesting deeper than {@link #MAX_DEPTH} ends with "expressions nest too deeply";
 * operator chains longer than {@link #MAX_HEIGHT} with "expression is too long".
 */
abstract class ExpressionParser extends PrimaryParser {
    static final String TOO_DEEP = "expressions nest too deeply";
    private static final List<String> UNARY_OPERATORS = List.of("+", "-", "!", "~", "&", "*", "++", "--", "&&");

    ExpressionParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    @Override
    Expr expressionForTypeof() {
        return expression();
    }

    @Override
    long constantExpression() {
        Token start = peek();
        Expr e = conditional();
        Long v = tryConstant(e);
        if (v == null) {
            error(start, "expression is not an integer constant expression");
            return 0;
        }
        return v;
    }

    @Override
    Long tryConstant(Expr e) {
        return e.type().isInteger() ? ConstEvaluator.integerValue(e) : null;
    }

    /** expression: assignment (',' assignment)* */
    @Override
    Expr expression() {
        int saved = height;
        try {
            Expr e = assignment();
            while (check(",")) {
                chainStep(advance());
                Expr r = rvalue(assignment());
                e = new Expr.Comma(e, r, r.type(), e.pos());
            }
            return e;
        } finally {
            height = saved;
        }
    }

    /** assignment: conditional (assignment-operator assignment)? */
    @Override
    Expr assignment() {
        enter(TOO_DEEP);
        try {
            Expr lhs = conditional();
            Token op = peek();
            if (op.kind() != TokenKind.PUNCTUATOR) {
                return lhs;
            }
            if (op.is("=")) {
                advance();
                Expr rhs = assignment();
                checkModifiable(lhs, op, "lvalue required as left operand of assignment");
                Expr value = assignConvert(rhs, lhs.type(), "assigning", op);
                return new Expr.Assign(lhs, value, lhs.type().unqualified(), lhs.pos());
            }
            BinaryOp bop = compoundOperator(op.text());
            if (bop == null) {
                return lhs;
            }
            advance();
            Expr rhs = rvalue(assignment());
            checkModifiable(lhs, op, "lvalue required as left operand of assignment");
            if (!lhs.type().isPointer() && rhs.type().isPointer()) {
                error(op, "invalid operands to " + op.text() + " (have '" + lhs.type() + "' and '" + rhs.type() + "')");
                return lhs;
            }
            Expr b = binary(bop, lhs, rhs, op);
            if (!(b instanceof Expr.Binary bin)) {
                return lhs;
            }
            return new Expr.CompoundAssign(bop, lhs, bin.right(), bin.type(), lhs.type().unqualified(), lhs.pos());
        } finally {
            leave();
        }
    }

    private static BinaryOp compoundOperator(String s) {
        return switch (s) {
            case "+=" -> BinaryOp.ADD;
            case "-=" -> BinaryOp.SUB;
            case "*=" -> BinaryOp.MUL;
            case "/=" -> BinaryOp.DIV;
            case "%=" -> BinaryOp.MOD;
            case "&=" -> BinaryOp.BITAND;
            case "|=" -> BinaryOp.BITOR;
            case "^=" -> BinaryOp.BITXOR;
            case "<<=" -> BinaryOp.SHL;
            case ">>=" -> BinaryOp.SHR;
            default -> null;
        };
    }

    /** conditional: logicalOr ('?' expression ':' conditional)? */
    @Override
    Expr conditional() {
        Expr cond = logicalOr();
        if (!check("?")) {
            return cond;
        }
        Token q = advance();
        enter(TOO_DEEP);
        try {
            cond = condition(cond, q);
            Expr then = check(":") ? cond : rvalue(expression());
            consume(":", "expected ':' in the conditional expression");
            Expr otherwise = rvalue(conditional());
            return conditionalNode(cond, then, otherwise, q);
        } finally {
            leave();
        }
    }

    private Expr conditionalNode(Expr cond, Expr a, Expr b, Token q) {
        Type at = a.type();
        Type bt = b.type();
        SourcePos pos = cond.pos();
        if (at.isArithmetic() && bt.isArithmetic()) {
            Type t = TypeRules.usualArithmetic(at, bt);
            return new Expr.Conditional(cond, convert(a, t), convert(b, t), t, pos);
        }
        if (at.isVoid() || bt.isVoid()) {
            return new Expr.Conditional(cond, a, b, Type.VOID, pos);
        }
        if (at.isPointer() && isNullPointerConstant(b)) {
            return new Expr.Conditional(cond, a, convert(b, at), at, pos);
        }
        if (bt.isPointer() && isNullPointerConstant(a)) {
            return new Expr.Conditional(cond, convert(a, bt), b, bt, pos);
        }
        if (at.isPointer() && bt.isPointer()) {
            Type t = at.base().isVoid() ? at : bt.base().isVoid() ? bt : at;
            if (!at.base().isVoid() && !bt.base().isVoid()
                    && !TypeRules.compatibleUnqualified(at.base().unqualified(), bt.base().unqualified())) {
                warning(q, "pointer type mismatch in conditional expression (" + at.quoted() + " and " + bt.quoted() + ")");
            }
            return new Expr.Conditional(cond, convert(a, t), convert(b, t), t, pos);
        }
        if (at.isStructOrUnion() && bt.isStructOrUnion() && at.aggregate() == bt.aggregate()) {
            return new Expr.Conditional(cond, a, b, at.unqualified(), pos);
        }
        if (at.isPointer() && bt.isInteger() || at.isInteger() && bt.isPointer()) {
            warning(q, "pointer/integer type mismatch in conditional expression");
            Type t = at.isPointer() ? at : bt;
            return new Expr.Conditional(cond, convert(a, t), convert(b, t), t, pos);
        }
        error(q, "type mismatch in conditional expression (" + at.quoted() + " and " + bt.quoted() + ")");
        return new Expr.Conditional(cond, a, new Expr.Cast(b, at, b.pos()), at, pos);
    }

    Expr logicalOr() {
        int saved = height;
        try {
            Expr e = logicalAnd();
            while (check("||")) {
                Token op = advance();
                chainStep(op);
                e = binary(BinaryOp.LOGOR, condition(e, op), condition(logicalAnd(), op), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr logicalAnd() {
        int saved = height;
        try {
            Expr e = bitwiseOr();
            while (check("&&")) {
                Token op = advance();
                chainStep(op);
                e = binary(BinaryOp.LOGAND, condition(e, op), condition(bitwiseOr(), op), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr bitwiseOr() {
        int saved = height;
        try {
            Expr e = bitwiseXor();
            while (check("|")) {
                Token op = advance();
                chainStep(op);
                e = binary(BinaryOp.BITOR, e, bitwiseXor(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr bitwiseXor() {
        int saved = height;
        try {
            Expr e = bitwiseAnd();
            while (check("^")) {
                Token op = advance();
                chainStep(op);
                e = binary(BinaryOp.BITXOR, e, bitwiseAnd(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr bitwiseAnd() {
        int saved = height;
        try {
            Expr e = equality();
            while (check("&")) {
                Token op = advance();
                chainStep(op);
                e = binary(BinaryOp.BITAND, e, equality(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr equality() {
        int saved = height;
        try {
            Expr e = relational();
            while (check("==") || check("!=")) {
                Token op = advance();
                chainStep(op);
                e = binary(op.is("==") ? BinaryOp.EQ : BinaryOp.NE, e, relational(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr relational() {
        int saved = height;
        try {
            Expr e = shift();
            while (check("<") || check("<=") || check(">") || check(">=")) {
                Token op = advance();
                chainStep(op);
                BinaryOp bop = switch (op.text()) {
                    case "<" -> BinaryOp.LT;
                    case "<=" -> BinaryOp.LE;
                    case ">" -> BinaryOp.GT;
                    default -> BinaryOp.GE;
                };
                e = binary(bop, e, shift(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr shift() {
        int saved = height;
        try {
            Expr e = additive();
            while (check("<<") || check(">>")) {
                Token op = advance();
                chainStep(op);
                e = binary(op.is("<<") ? BinaryOp.SHL : BinaryOp.SHR, e, additive(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr additive() {
        int saved = height;
        try {
            Expr e = multiplicative();
            while (check("+") || check("-")) {
                Token op = advance();
                chainStep(op);
                e = binary(op.is("+") ? BinaryOp.ADD : BinaryOp.SUB, e, multiplicative(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    Expr multiplicative() {
        int saved = height;
        try {
            Expr e = cast();
            while (check("*") || check("/") || check("%")) {
                Token op = advance();
                chainStep(op);
                BinaryOp bop = op.is("*") ? BinaryOp.MUL : op.is("/") ? BinaryOp.DIV : BinaryOp.MOD;
                e = binary(bop, e, cast(), op);
            }
            return e;
        } finally {
            height = saved;
        }
    }

    /** cast: '(' type-name ')' cast | '(' type-name ')' '{' ... '}' (compound literal) | unary */
    Expr cast() {
        if (!(check("(") && isTypeName(peek(1)))) {
            return unary();
        }
        enter(TOO_DEEP);
        try {
            Token open = advance();
            Type t = typeName();
            consume(")", "expected ')' after the type name in the cast");
            if (check("{")) {
                return postfixOperators(compoundLiteral(t, open));
            }
            Expr e = rvalue(cast());
            return castTo(e, t, open);
        } finally {
            leave();
        }
    }

    private Expr castTo(Expr e, Type t, Token at) {
        Type from = e.type();
        if (t.isVoid()) {
            return new Expr.Cast(e, Type.VOID, posOf(at));
        }
        if (!t.isScalar()) {
            error(at, "conversion to non-scalar type " + t.quoted() + " requested");
            return e;
        }
        if (!from.isScalar()) {
            error(at, "cannot convert a value of type " + from.quoted() + " to " + t.quoted());
            return new Expr.IntConst(0, t.unqualified(), posOf(at));
        }
        if (t.isPointer() && from.isFloating() || t.isFloating() && from.isPointer()) {
            error(at, "cannot convert between a pointer and a floating type");
        }
        return new Expr.Cast(e, t.unqualified(), posOf(at));
    }

    /** unary: ('+'|'-'|'!'|'~'|'&'|'*'|'++'|'--') cast | sizeof | _Alignof | postfix */
    Expr unary() {
        Token op = peek();
        if (op.kind() == TokenKind.PUNCTUATOR && UNARY_OPERATORS.contains(op.text())) {
            enter(TOO_DEEP);
            try {
                advance();
                return unaryOperator(op);
            } finally {
                leave();
            }
        }
        if (op.is("sizeof") || op.is("_Alignof") || op.is("__alignof__")) {
            advance();
            return sizeofOrAlignof(op);
        }
        if (op.is("__extension__")) {
            advance();
            return cast();
        }
        return postfix();
    }

    private Expr unaryOperator(Token op) {
        SourcePos pos = posOf(op);
        switch (op.text()) {
            case "+", "-", "~" -> {
                Expr e = rvalue(cast());
                boolean ok = op.is("~") ? e.type().isInteger() : e.type().isArithmetic();
                if (!ok) {
                    error(op, "wrong type argument to unary " + (op.is("~") ? "'~'" : op.is("-") ? "minus" : "plus")
                            + " (have " + e.type().quoted() + ")");
                    return new Expr.IntConst(0, Type.INT, pos);
                }
                Type t = TypeRules.promote(e.type());
                e = convert(e, t);
                if (op.is("+")) {
                    return e;
                }
                return new Expr.Unary(op.is("-") ? Expr.UnaryOp.NEG : Expr.UnaryOp.BITNOT, e, t, pos);
            }
            case "!" -> {
                Expr e = condition(cast(), op);
                return new Expr.Unary(Expr.UnaryOp.LOGNOT, e, Type.INT, pos);
            }
            case "&" -> {
                return addressOf(cast(), op);
            }
            case "*" -> {
                return dereference(cast(), op);
            }
            case "&&" -> {
                error(op, "taking the address of a label ('&&label') is not supported by ThreadLab yet");
                advance();
                return new Expr.IntConst(0, Type.pointerTo(Type.VOID), pos);
            }
            default -> {
                Expr e = unary();
                return incDec(e, op, true, op.is("++"));
            }
        }
    }

    @Override
    Expr incDec(Expr e, Token op, boolean prefix, boolean increment) {
        checkModifiable(e, op, "lvalue required as " + (increment ? "increment" : "decrement") + " operand");
        Type t = e.type();
        if (!t.isScalar()) {
            error(op, "wrong type argument to " + (increment ? "increment" : "decrement") + " (have " + t.quoted() + ")");
            return e;
        }
        long step = 1;
        if (t.isPointer()) {
            Type base = t.base();
            step = base.isVoid() || base.isFunction() ? 1 : base.size();
            if (!base.isComplete() && !base.isVoid()) {
                error(op, "arithmetic on a pointer to the incomplete type '" + base + "'");
            }
        }
        return new Expr.IncDec(prefix, e, increment ? step : -step, t.unqualified(), e.pos());
    }

    private Expr sizeofOrAlignof(Token op) {
        boolean align = !op.is("sizeof");
        SourcePos pos = posOf(op);
        Type t;
        if (check("(") && isTypeName(peek(1))) {
            advance();
            t = typeName();
            consume(")", "expected ')' after the type name");
            if (check("{")) {
                t = compoundLiteral(t, op).type();
            }
        } else {
            Expr e = unary();
            if (e instanceof Expr.MemberAccess m && m.member().isBitField()) {
                error(op, "'" + op.text() + "' applied to a bit-field");
            }
            t = e.type();
        }
        if (align) {
            return new Expr.IntConst(t.isArray() ? arrayElement(t).align() : t.align(), Type.ULONG, pos);
        }
        if (t.isVariablyModified() && t.kind() == Type.Kind.VLA) {
            return sizeExpression(t, pos);
        }
        if (t.isFunction()) {
            error(op, "invalid application of 'sizeof' to a function type");
            return new Expr.IntConst(1, Type.ULONG, pos);
        }
        if (!t.isComplete() && !t.isVoid()) {
            error(op, "invalid application of 'sizeof' to incomplete type " + t.quoted());
            return new Expr.IntConst(1, Type.ULONG, pos);
        }
        return new Expr.IntConst(t.isVoid() ? 1 : t.size(), Type.ULONG, pos);
    }

    private static Type arrayElement(Type t) {
        while (t.isArray()) {
            t = t.base();
        }
        return t;
    }

}
