package org.threadlab.cc.parse;

import java.util.Set;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Stmt;

/**
 * gcc's -Wreturn-type, conservatively: can control reach the end of a function body? Only
 * structure is used (no constant propagation beyond literal conditions), and a call to a
 * function known not to return ({@code exit}, {@code abort}, {@code pthread_exit}, ...) ends a
 * path. When unsure it answers "no", so a warning is never a false alarm from a loop or a call.
 */
final class FallOffCheck {
    private FallOffCheck() {
    }

    private static final Set<String> NO_RETURN = Set.of("exit", "_exit", "_Exit", "abort", "pthread_exit",
            "__assert_fail", "longjmp", "siglongjmp", "__builtin_unreachable", "__builtin_trap", "thrd_exit",
            "quick_exit", "reach_error");

    /** True when execution can run past the end of {@code s}. */
    static boolean canCompleteNormally(Stmt s) {
        if (s == null) {
            return true;
        }
        if (s instanceof Stmt.Return || s instanceof Stmt.Goto) {
            return false;
        }
        if (s instanceof Stmt.Block b) {
            return b.stmts().isEmpty() || canCompleteNormally(b.stmts().get(b.stmts().size() - 1));
        }
        if (s instanceof Stmt.If i) {
            return i.otherwise() == null || canCompleteNormally(i.then()) || canCompleteNormally(i.otherwise());
        }
        if (s instanceof Stmt.While w) {
            return !isAlwaysTrue(w.cond()) || breaks(w.body());
        }
        if (s instanceof Stmt.For f) {
            return f.cond() != null && !isAlwaysTrue(f.cond()) || breaks(f.body());
        }
        if (s instanceof Stmt.DoWhile d) {
            return !isAlwaysTrue(d.cond()) || breaks(d.body());
        }
        if (s instanceof Stmt.Switch w) {
            return w.defaultCase() == null || breaks(w.body()) || canCompleteNormally(w.body());
        }
        if (s instanceof Stmt.Label l) {
            return canCompleteNormally(l.body());
        }
        if (s instanceof Stmt.Case c) {
            return canCompleteNormally(c.body());
        }
        if (s instanceof Stmt.ExprStmt e) {
            return !(e.expr() instanceof Expr.Call call && call.callee() instanceof Expr.FuncRef f
                    && (f.function().isNoreturn() || NO_RETURN.contains(f.function().name())));
        }
        return true;
    }

    private static boolean isAlwaysTrue(Expr cond) {
        Long v = ConstEvaluator.integerValue(cond);
        return v != null && v != 0;
    }

    /** True when {@code s} contains a break that leaves the loop or switch whose body it is. */
    private static boolean breaks(Stmt s) {
        if (s instanceof Stmt.Break) {
            return true;
        }
        if (s instanceof Stmt.Block b) {
            return b.stmts().stream().anyMatch(FallOffCheck::breaks);
        }
        if (s instanceof Stmt.If i) {
            return breaks(i.then()) || i.otherwise() != null && breaks(i.otherwise());
        }
        if (s instanceof Stmt.Label l) {
            return breaks(l.body());
        }
        if (s instanceof Stmt.Case c) {
            return breaks(c.body());
        }
        return false; // a break inside a nested loop or switch leaves that one
    }
}
