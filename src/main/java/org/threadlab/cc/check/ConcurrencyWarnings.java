package org.threadlab.cc.check;

import java.util.List;
import java.util.Set;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.InitItem;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.TranslationUnit;

/**
 * Warnings for concurrency mistakes a compiler can see in the source. Today: a condition wait
 * ({@code pthread_cond_wait}, {@code pthread_cond_timedwait}, {@code pthread_sleepon_wait})
 * whose innermost enclosing control statement is an {@code if}, or that is in no loop at all.
 * The condition must be re-checked after every wakeup, because wakeups can be spurious and
 * another thread can take what the signal announced first; an {@code if} checks it once.
 */
public final class ConcurrencyWarnings {
    private static final Set<String> CONDITION_WAITS =
            Set.of("pthread_cond_wait", "pthread_cond_timedwait", "pthread_sleepon_wait");

    /** What encloses the code being walked, innermost first. */
    private enum Control { NONE, LOOP, IF }

    private final Diagnostics diagnostics;

    private ConcurrencyWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Adds a warning to {@code diagnostics} for each mistake found in {@code unit}. */
    public static void check(TranslationUnit unit, Diagnostics diagnostics) {
        ConcurrencyWarnings check = new ConcurrencyWarnings(diagnostics);
        for (Function f : unit.functions()) {
            if (f.body() != null) {
                check.stmt(f.body(), Control.NONE);
            }
        }
    }

    private void stmt(Stmt s, Control around) {
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

    private void inits(List<InitItem> items, Control around) {
        for (InitItem item : items) {
            expr(item.value(), around);
        }
    }

    private void expr(Expr e, Control around) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Call c) {
            String name = c.directName();
            if (name != null && CONDITION_WAITS.contains(name) && around != Control.LOOP) {
                diagnostics.warning(c.pos(), name.length(), name + " is not in a loop that re-checks its condition;"
                        + " wakeups can be spurious or stolen, so write 'while (!condition) " + name + "(...);'");
            }
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
