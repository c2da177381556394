package org.threadlab.cc.check;

import java.util.List;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.InitItem;
import org.threadlab.cc.ast.Stmt;

/**
 * Visits every call in a statement tree, telling the visitor which control statement encloses
 * it most closely (a loop, an if, or neither). The checks of this package are built on it.
 */
final class AstWalker {
    /** What encloses a call most closely. */
    enum Control { NONE, LOOP, IF }

    /** Receives each call with its innermost enclosing control statement. */
    @FunctionalInterface
    interface CallVisitor {
        void call(Expr.Call call, Control around);
    }

    private final CallVisitor visitor;

    AstWalker(CallVisitor visitor) {
        this.visitor = visitor;
    }

    void stmt(Stmt s, Control around) {
        if (s == null) {
            return;
        }
        if (s instanceof Stmt.Block b) {
            for (Stmt inner : b.stmts()) {
                stmt(inner, around);
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.expr(), around);
        } else if (s instanceof Stmt.If i) {
            expr(i.cond(), around);
            stmt(i.then(), Control.IF);
            stmt(i.otherwise(), Control.IF);
        } else if (s instanceof Stmt.While w) {
            expr(w.cond(), Control.LOOP);
            stmt(w.body(), Control.LOOP);
        } else if (s instanceof Stmt.DoWhile d) {
            stmt(d.body(), Control.LOOP);
            expr(d.cond(), Control.LOOP);
        } else if (s instanceof Stmt.For f) {
            stmt(f.init(), around);
            expr(f.cond(), Control.LOOP);
            expr(f.step(), Control.LOOP);
            stmt(f.body(), Control.LOOP);
        } else if (s instanceof Stmt.Switch sw) {
            expr(sw.cond(), around);
            stmt(sw.body(), around);
        } else if (s instanceof Stmt.Case c) {
            stmt(c.body(), around);
        } else if (s instanceof Stmt.Label l) {
            stmt(l.body(), around);
        } else if (s instanceof Stmt.Return r) {
            expr(r.value(), around);
        } else if (s instanceof Stmt.Decl d) {
            inits(d.init(), around);
        } else if (!(s instanceof Stmt.Empty || s instanceof Stmt.Break || s instanceof Stmt.Continue
                || s instanceof Stmt.Goto)) {
            throw new AssertionError(s);
        }
    }

    /** {@code items} is null for a declaration without an initializer. */
    private void inits(List<InitItem> items, Control around) {
        if (items == null) {
            return;
        }
        for (InitItem item : items) {
            expr(item.value(), around);
        }
    }

    void expr(Expr e, Control around) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Call c) {
            visitor.call(c, around);
            expr(c.callee(), around);
            for (Expr arg : c.args()) {
                expr(arg, around);
            }
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand(), around);
        } else if (e instanceof Expr.Binary b) {
            expr(b.left(), around);
            expr(b.right(), around);
        } else if (e instanceof Expr.Assign a) {
            expr(a.target(), around);
            expr(a.value(), around);
        } else if (e instanceof Expr.CompoundAssign a) {
            expr(a.target(), around);
            expr(a.value(), around);
        } else if (e instanceof Expr.IncDec i) {
            expr(i.target(), around);
        } else if (e instanceof Expr.Conditional c) {
            expr(c.cond(), around);
            expr(c.then(), around);
            expr(c.otherwise(), around);
        } else if (e instanceof Expr.Comma c) {
            expr(c.left(), around);
            expr(c.right(), around);
        } else if (e instanceof Expr.Cast c) {
            expr(c.operand(), around);
        } else if (e instanceof Expr.AddrOf a) {
            expr(a.operand(), around);
        } else if (e instanceof Expr.Deref d) {
            expr(d.pointer(), around);
        } else if (e instanceof Expr.MemberAccess m) {
            expr(m.object(), around);
        } else if (e instanceof Expr.StmtExpr s) {
            stmt(s.body(), around);
        } else if (e instanceof Expr.CompoundLiteral c) {
            inits(c.init(), around);
        } else if (!(e instanceof Expr.IntConst || e instanceof Expr.FloatConst || e instanceof Expr.VarRef
                || e instanceof Expr.FuncRef)) {
            throw new AssertionError(e);
        }
    }
}
