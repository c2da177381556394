package org.threadlab.cc.check;

import org.threadlab.cc.ast.Expr;

/** An lvalue as the student wrote it, for naming objects in warnings: m, q->lock, locks[i]. */
final class ExprText {
    private ExprText() {
    }

    static String of(Expr e) {
        if (e instanceof Expr.VarRef v) {
            return v.var().name();
        } else if (e instanceof Expr.Cast c) {
            return of(c.operand());
        } else if (e instanceof Expr.MemberAccess m && m.object() instanceof Expr.Deref d) {
            return of(d.pointer()) + "->" + m.member().name();
        } else if (e instanceof Expr.MemberAccess m) {
            return of(m.object()) + "." + m.member().name();
        } else if (e instanceof Expr.Deref d && d.pointer() instanceof Expr.Binary b
                && b.op() == Expr.BinaryOp.ADD) {
            return of(b.left()) + "[" + unscaled(b.right()) + "]";
        } else if (e instanceof Expr.Deref d) {
            return "*" + of(d.pointer());
        } else if (e instanceof Expr.IntConst k) {
            return Long.toString(k.value());
        }
        return "(expression at " + e.pos() + ")";
    }

    /** The parser scales an index by the element size (i * 40); show the index itself. */
    private static String unscaled(Expr index) {
        if (index instanceof Expr.Binary b && b.op() == Expr.BinaryOp.MUL && b.right() instanceof Expr.IntConst) {
            return of(b.left());
        }
        if (index instanceof Expr.IntConst) {
            return "?";
        }
        return of(index);
    }
}
