package org.threadlab.cc.parse;

import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Expr.BinaryOp;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;

/**
 * Builds typed expression nodes (chibicc's {@code add_type} and {@code new_add}/{@code new_sub}):
 * decay, the usual arithmetic conversions, pointer arithmetic, assignment conversions with
 * their warnings, lvalue and const checks. Every implicit conversion becomes an explicit Cast.
 */
abstract class ExprBuilder extends DeclarationParser {

    ExprBuilder(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** Array-to-pointer and function-to-pointer decay (6.3.2.1). */
    Expr rvalue(Expr e) {
        Type t = e.type();
        if (e instanceof Expr.MemberAccess m && m.member().isBitField() && t.isInteger() && TypeRules.rank(t) <= 3
                && (m.member().bitWidth() < 32 || !t.isUnsigned())) {
            return new Expr.Cast(e, Type.INT, e.pos()); // 6.3.1.1p2: a narrow bit-field promotes to int
        }
        if (t.isArray()) {
            markAddressTaken(e);
            return new Expr.Cast(e, Type.pointerTo(t.base()), e.pos());
        }
        if (t.isFunction()) {
            return new Expr.Cast(e, Type.pointerTo(t), e.pos());
        }
        return e;
    }

    void markAddressTaken(Expr e) {
        if (e instanceof Expr.VarRef v) {
            v.var().markAddressTaken();
        } else if (e instanceof Expr.MemberAccess m) {
            markAddressTaken(m.object());
        } else if (e instanceof Expr.CompoundLiteral c) {
            c.var().markAddressTaken();
        }
    }

    /** {@code e} converted to {@code t} (no node when the type is already the same). */
    static Expr convert(Expr e, Type t) {
        Type from = e.type();
        if (from.unqualified() == t.unqualified() || sameScalar(from, t)) {
            return e;
        }
        return new Expr.Cast(e, t.unqualified(), e.pos());
    }

    private static boolean sameScalar(Type a, Type b) {
        if (a.isPointer() && b.isPointer()) {
            return TypeRules.compatibleUnqualified(a.base().unqualified(), b.base().unqualified());
        }
        return intKind(a) == intKind(b) && a.isArithmetic() && a.isUnsigned() == b.isUnsigned();
    }

    private static Type.Kind intKind(Type t) {
        return t.kind() == Type.Kind.ENUM ? Type.Kind.INT : t.kind();
    }

    /** A scalar operand for a condition (if, while, ?:, &&, ||, !). */
    Expr condition(Expr e, Token at) {
        e = rvalue(e);
        if (!e.type().isScalar()) {
            error(at, "used " + e.type().quoted() + " where a scalar (number or pointer) is required");
        }
        return e;
    }

    static boolean isNullPointerConstant(Expr e) {
        if (e instanceof Expr.Cast c && c.type().isPointer() && c.type().base().isVoid()) {
            return isNullPointerConstant(c.operand());
        }
        return e instanceof Expr.IntConst i && i.value() == 0 && e.type().isInteger();
    }

    static Expr longConst(long v, SourcePos pos) {
        return new Expr.IntConst(v, Type.LONG, pos);
    }

    /** The size in bytes of {@code t} as an expression (unsigned long): a multiplication for VLAs. */
    Expr sizeExpression(Type t, SourcePos pos) {
        if (t.kind() == Type.Kind.VLA) {
            Expr n = new Expr.Cast(t.vlaLength(), Type.ULONG, pos);
            return new Expr.Binary(BinaryOp.MUL, n, sizeExpression(t.base(), pos), Type.ULONG, pos);
        }
        return new Expr.IntConst(Math.max(t.size(), 0), Type.ULONG, pos);
    }

    /** The element size a pointer steps by; reports incomplete element types. */
    private Expr elementSize(Type ptr, Token op) {
        Type elem = ptr.base();
        if (elem.isVoid() || elem.isFunction()) {
            return longConst(1, posOf(op));
        }
        if (!elem.isComplete() && elem.kind() != Type.Kind.VLA) {
            error(op, "arithmetic on a pointer to the incomplete type '" + elem + "'");
            return longConst(1, posOf(op));
        }
        if (elem.kind() != Type.Kind.VLA) {
            return longConst(elem.size(), posOf(op));
        }
        return new Expr.Cast(sizeExpression(elem, posOf(op)), Type.LONG, posOf(op));
    }

    Expr scaled(Expr index, Type ptr, Token op) {
        Expr size = elementSize(ptr, op);
        Expr i = convert(index, Type.LONG);
        if (size instanceof Expr.IntConst c && c.value() == 1) {
            return i;
        }
        return new Expr.Binary(BinaryOp.MUL, i, size, Type.LONG, posOf(op));
    }

    /** A binary operator applied to two operands, typed and converted (6.5.5-6.5.14). */
    Expr binary(BinaryOp op, Expr l, Expr r, Token opTok) {
        SourcePos pos = l.pos();
        l = rvalue(l);
        r = rvalue(r);
        Type lt = l.type();
        Type rt = r.type();
        switch (op) {
            case ADD -> {
                if (lt.isArithmetic() && rt.isArithmetic()) {
                    return arithmetic(op, l, r, pos);
                }
                if (lt.isPointer() && rt.isInteger()) {
                    return new Expr.Binary(BinaryOp.ADD, l, scaled(r, lt, opTok), lt.unqualified(), pos);
                }
                if (lt.isInteger() && rt.isPointer()) {
                    return new Expr.Binary(BinaryOp.ADD, r, scaled(l, rt, opTok), rt.unqualified(), pos);
                }
            }
            case SUB -> {
                if (lt.isArithmetic() && rt.isArithmetic()) {
                    return arithmetic(op, l, r, pos);
                }
                if (lt.isPointer() && rt.isInteger()) {
                    return new Expr.Binary(BinaryOp.SUB, l, scaled(r, lt, opTok), lt.unqualified(), pos);
                }
                if (lt.isPointer() && rt.isPointer()) {
                    if (!TypeRules.compatibleUnqualified(lt.base().unqualified(), rt.base().unqualified())) {
                        error(opTok, "subtracting pointers to different types " + lt.quoted() + " and " + rt.quoted());
                    }
                    Expr diff = new Expr.Binary(BinaryOp.SUB, new Expr.Cast(l, Type.LONG, pos),
                            new Expr.Cast(r, Type.LONG, r.pos()), Type.LONG, pos);
                    Expr size = elementSize(lt, opTok);
                    if (size instanceof Expr.IntConst c && c.value() == 1) {
                        return diff;
                    }
                    return new Expr.Binary(BinaryOp.DIV, diff, size, Type.LONG, pos);
                }
            }
            case MUL, DIV -> {
                if (lt.isArithmetic() && rt.isArithmetic()) {
                    warnDivisionByZero(op, r, opTok);
                    return arithmetic(op, l, r, pos);
                }
            }
            case MOD, BITAND, BITOR, BITXOR -> {
                if (lt.isInteger() && rt.isInteger()) {
                    warnDivisionByZero(op, r, opTok);
                    return arithmetic(op, l, r, pos);
                }
            }
            case SHL, SHR -> {
                if (lt.isInteger() && rt.isInteger()) {
                    Type t = TypeRules.promote(lt);
                    return new Expr.Binary(op, convert(l, t), convert(r, TypeRules.promote(rt)), t, pos);
                }
            }
            case EQ, NE, LT, LE, GT, GE -> {
                return comparison(op, l, r, opTok);
            }
            case LOGAND, LOGOR -> {
                if (lt.isScalar() && rt.isScalar()) {
                    return new Expr.Binary(op, l, r, Type.INT, pos);
                }
            }
        }
        error(opTok, "invalid operands to binary " + op.symbol() + " (have " + lt.quoted() + " and " + rt.quoted() + ")");
        return new Expr.IntConst(0, Type.INT, pos);
    }

    private void warnDivisionByZero(BinaryOp op, Expr r, Token opTok) {
        if ((op == BinaryOp.DIV || op == BinaryOp.MOD) && r instanceof Expr.IntConst c && c.value() == 0) {
            warning(opTok, "division by zero");
        }
    }

    private static Expr arithmetic(BinaryOp op, Expr l, Expr r, SourcePos pos) {
        Type t = TypeRules.usualArithmetic(l.type(), r.type());
        return new Expr.Binary(op, convert(l, t), convert(r, t), t, pos);
    }

    private Expr comparison(BinaryOp op, Expr l, Expr r, Token opTok) {
        Type lt = l.type();
        Type rt = r.type();
        SourcePos pos = l.pos();
        if (lt.isArithmetic() && rt.isArithmetic()) {
            Type t = TypeRules.usualArithmetic(lt, rt);
            return new Expr.Binary(op, convert(l, t), convert(r, t), Type.INT, pos);
        }
        if (lt.isPointer() && rt.isPointer()) {
            boolean ok = lt.base().isVoid() || rt.base().isVoid()
                    || TypeRules.compatibleUnqualified(lt.base().unqualified(), rt.base().unqualified());
            if (!ok) {
                warning(opTok, "comparison of distinct pointer types (" + lt.quoted() + " and " + rt.quoted() + ")");
            }
            return new Expr.Binary(op, l, convert(r, lt), Type.INT, pos);
        }
        if (lt.isPointer() && rt.isInteger() || lt.isInteger() && rt.isPointer()) {
            Expr intSide = lt.isPointer() ? r : l;
            Type pt = lt.isPointer() ? lt : rt;
            if (!isNullPointerConstant(intSide)) {
                warning(opTok, "comparison between pointer and integer");
            }
            return lt.isPointer() ? new Expr.Binary(op, l, convert(r, pt), Type.INT, pos)
                    : new Expr.Binary(op, convert(l, pt), r, Type.INT, pos);
        }
        error(opTok, "invalid operands to binary " + op.symbol() + " (have " + lt.quoted() + " and " + rt.quoted() + ")");
        return new Expr.IntConst(0, Type.INT, pos);
    }

    /**
     * Converts {@code value} for storing into an object of type {@code target} (6.5.16.1): as in
     * an assignment, an initializer ({@code verb} "initializing"), an argument ("passing") or a
     * return ("returning"). Reports incompatible types.
     */
    Expr assignConvert(Expr value, Type target, String verb, Token at) {
        value = rvalue(value);
        Type from = value.type();
        Type to = target.unqualified();
        if (from.isVoid()) {
            error(at, "a 'void' value cannot be used; the function or expression returns nothing");
            return new Expr.Cast(new Expr.IntConst(0, Type.INT, value.pos()), to.isScalar() ? to : Type.INT, value.pos());
        }
        if (to.isArithmetic() && from.isArithmetic()) {
            return convert(value, to);
        }
        if (to.isPointer() && from.isPointer()) {
            Type tb = to.base();
            Type fb = from.base();
            if (!(tb.isVoid() || fb.isVoid() || TypeRules.compatibleUnqualified(tb.unqualified(), fb.unqualified()))) {
                warning(at, "incompatible pointer types " + verb + " " + from.quoted() + " to " + to.quoted());
            } else if (fb.isConst() && !tb.isConst() || fb.isVolatile() && !tb.isVolatile()) {
                warning(at, verb + " " + from.quoted() + " to " + to.quoted() + " discards the '"
                        + (fb.isConst() && !tb.isConst() ? "const" : "volatile") + "' qualifier of the pointed-to type");
            }
            return convert(value, to);
        }
        if (to.isPointer() && from.isInteger()) {
            if (!isNullPointerConstant(value)) {
                warning(at, verb + " " + from.quoted() + " to " + to.quoted() + " makes a pointer from an integer without a cast");
            }
            return new Expr.Cast(value, to, value.pos());
        }
        if (to.isInteger() && from.isPointer()) {
            if (to.kind() != Type.Kind.BOOL) {
                warning(at, verb + " " + from.quoted() + " to " + to.quoted() + " makes an integer from a pointer without a cast");
            }
            return new Expr.Cast(value, to, value.pos());
        }
        if (to.isStructOrUnion() && from.isStructOrUnion() && to.aggregate() == from.aggregate()) {
            return value;
        }
        error(at, "incompatible types when " + verb + " " + from.quoted() + " to " + to.quoted());
        return new Expr.Cast(new Expr.IntConst(0, Type.INT, value.pos()), to.isScalar() ? to : Type.INT, value.pos());
    }

    /** Reports when {@code target} cannot be assigned (not an lvalue, an array, const); {@code what} is "assignment" or "increment"... */
    void checkModifiable(Expr target, Token at, String lvalueMessage) {
        if (!target.isLvalue()) {
            error(at, lvalueMessage);
            return;
        }
        Type t = target.type();
        if (t.isArray()) {
            error(at, "cannot assign to an array (" + t.quoted() + "); copy its elements instead");
        } else if (t.isConst() || hasConstMember(t)) {
            if (target instanceof Expr.VarRef v) {
                error(at, "cannot assign to '" + v.var().name() + "' because it is const");
            } else if (target instanceof Expr.MemberAccess m && m.member().type().isConst()) {
                error(at, "cannot assign to member '" + m.member().name() + "' because it is const");
            } else {
                error(at, "cannot assign to a read-only (const) location");
            }
        }
    }

    private static boolean hasConstMember(Type t) {
        if (!t.isStructOrUnion()) {
            return false;
        }
        return t.members().stream().anyMatch(m -> m.type().isConst() || hasConstMember(m.type()));
    }

    /** {@code &e}. */
    Expr addressOf(Expr e, Token at) {
        if (e.type().isFunction()) {
            return new Expr.AddrOf(e, Type.pointerTo(e.type()), posOf(at));
        }
        if (e instanceof Expr.MemberAccess m && m.member().isBitField()) {
            error(at, "cannot take the address of bit-field '" + m.member().name() + "'");
            return new Expr.IntConst(0, Type.pointerTo(e.type()), posOf(at));
        }
        if (!e.isLvalue()) {
            error(at, "lvalue required as unary '&' operand");
            return new Expr.IntConst(0, Type.pointerTo(e.type()), posOf(at));
        }
        markAddressTaken(e);
        Variable v = e instanceof Expr.VarRef vr ? vr.var() : null;
        if (v != null && v.kind() == Variable.Kind.LOCAL && v.type().isVoid()) {
            error(at, "cannot take the address of a void object");
        }
        return new Expr.AddrOf(e, Type.pointerTo(e.type()), posOf(at));
    }

    /** {@code *e}. */
    Expr dereference(Expr e, Token at) {
        e = rvalue(e);
        if (!e.type().isPointer()) {
            error(at, "invalid type argument of unary '*' (have " + e.type().quoted() + "); only pointers can be dereferenced");
            return new Expr.IntConst(0, Type.INT, posOf(at));
        }
        Type base = e.type().base();
        if (base.isVoid()) {
            warning(at, "dereferencing a 'void *' pointer");
        }
        return new Expr.Deref(e, base, posOf(at));
    }
}
