package org.threadlab.cc.check;

import java.util.LinkedHashSet;
import java.util.Set;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Stmt;

/**
 * Finds a mutex that a function unlocks on some paths but leaves locked on another, e.g. an
 * early {@code return} inside the critical section. A may-held analysis over the statement
 * tree: each path carries the set of mutexes it may hold (named by the argument's text, such as
 * "m" or "q->lock"); branches merge by union; a loop body is followed once; break, continue and
 * goto end the path they are on (an approximation that never invents a warning). Functions that
 * never unlock a mutex they lock (lock wrappers) are left alone.
 */
final class UnlockOnEveryPath {
    private final Diagnostics diagnostics;
    private final Set<String> unlockedSomewhere = new LinkedHashSet<>();
    private final Set<String> reported = new LinkedHashSet<>();

    private UnlockOnEveryPath(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void check(Function f, Diagnostics diagnostics) {
        UnlockOnEveryPath check = new UnlockOnEveryPath(diagnostics);
        check.collectUnlocks(f.body());
        if (check.unlockedSomewhere.isEmpty()) {
            return;
        }
        Set<String> atEnd = check.stmt(f.body(), new LinkedHashSet<>());
        if (atEnd != null) {
            check.leave(atEnd, f.body().pos(), "the end of " + f.name());
        }
    }

    /** Follows {@code s} from the held set {@code in}; returns the set after it, or null if no path goes on. */
    private Set<String> stmt(Stmt s, Set<String> in) {
        if (s == null || in == null) {
            return in;
        }
        if (s instanceof Stmt.Block b) {
            Set<String> held = in;
            for (Stmt inner : b.stmts()) {
                held = stmt(inner, held);
            }
            return held;
        } else if (s instanceof Stmt.ExprStmt e) {
            return expr(e.expr(), in);
        } else if (s instanceof Stmt.If i) {
            Set<String> afterCond = expr(i.cond(), in);
            Set<String> thenIn = copy(afterCond);
            Set<String> elseIn = copy(afterCond);
            CheckedLock checked = CheckedLock.in(i.cond());
            if (checked != null && afterCond != null) {
                (checked.failureIsThen() ? thenIn : elseIn).remove(checked.mutex());
            }
            return union(stmt(i.then(), thenIn), stmt(i.otherwise(), elseIn));
        } else if (s instanceof Stmt.While w) {
            Set<String> afterCond = expr(w.cond(), in);
            return union(afterCond, stmt(w.body(), copy(afterCond)));
        } else if (s instanceof Stmt.DoWhile d) {
            Set<String> afterBody = stmt(d.body(), in);
            return afterBody == null ? copy(in) : expr(d.cond(), afterBody);
        } else if (s instanceof Stmt.For f) {
            Set<String> afterInit = stmt(f.init(), in);
            Set<String> afterCond = expr(f.cond(), afterInit);
            Set<String> afterBody = stmt(f.body(), copy(afterCond));
            return union(afterCond, afterBody == null ? null : expr(f.step(), afterBody));
        } else if (s instanceof Stmt.Switch sw) {
            return union(expr(sw.cond(), in), stmt(sw.body(), copy(in)));
        } else if (s instanceof Stmt.Case c) {
            return stmt(c.body(), in);
        } else if (s instanceof Stmt.Label l) {
            return stmt(l.body(), in);
        } else if (s instanceof Stmt.Return r) {
            leave(expr(r.value(), in), r.pos(), "this return");
            return null;
        } else if (s instanceof Stmt.Break || s instanceof Stmt.Continue || s instanceof Stmt.Goto) {
            return null;
        }
        return in; // declarations, empty statements
    }

    /** Applies the lock and unlock calls anywhere inside {@code e} to {@code held}. */
    private Set<String> expr(Expr e, Set<String> held) {
        if (e == null || held == null) {
            return held;
        }
        new AstWalker((call, around) -> {
            String name = call.directName();
            if (call.args().size() != 1) {
                return;
            }
            if ("pthread_mutex_lock".equals(name)) {
                held.add(mutexName(call.args().get(0)));
            } else if ("pthread_mutex_unlock".equals(name)) {
                held.remove(mutexName(call.args().get(0)));
            }
        }).expr(e, AstWalker.Control.NONE);
        return held;
    }

    private void leave(Set<String> held, SourcePos pos, String where) {
        if (held == null) {
            return;
        }
        for (String mutex : held) {
            if (unlockedSomewhere.contains(mutex) && reported.add(mutex + "@" + pos)) {
                diagnostics.warning(pos, 1, "'" + mutex + "' may still be locked at " + where
                        + ", though it is unlocked on other paths; unlock it before leaving");
            }
        }
    }

    private void collectUnlocks(Stmt body) {
        new AstWalker((call, around) -> {
            if ("pthread_mutex_unlock".equals(call.directName()) && call.args().size() == 1) {
                unlockedSomewhere.add(mutexName(call.args().get(0)));
            }
        }).stmt(body, AstWalker.Control.NONE);
    }

    /**
     * An if condition that tests a lock call's result: {@code lock(&m)} or {@code lock(&m) != 0}
     * is true when locking failed, {@code lock(&m) == 0} when it succeeded. On the failure branch
     * the mutex is not held.
     */
    private record CheckedLock(String mutex, boolean failureIsThen) {
        static CheckedLock in(Expr cond) {
            Expr e = unwrap(cond);
            if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.NE || b.op() == Expr.BinaryOp.EQ)
                    && unwrap(b.right()) instanceof Expr.IntConst zero && zero.value() == 0) {
                String mutex = lockedBy(unwrap(b.left()));
                return mutex == null ? null : new CheckedLock(mutex, b.op() == Expr.BinaryOp.NE);
            }
            String mutex = lockedBy(e);
            return mutex == null ? null : new CheckedLock(mutex, true);
        }

        private static String lockedBy(Expr e) {
            return e instanceof Expr.Call c && "pthread_mutex_lock".equals(c.directName()) && c.args().size() == 1
                    ? mutexName(c.args().get(0)) : null;
        }

        private static Expr unwrap(Expr e) {
            while (e instanceof Expr.Cast c) {
                e = c.operand();
            }
            return e;
        }
    }

    /** The mutex an argument names, as the student wrote it: &m is "m", q->lock is "q->lock". */
    static String mutexName(Expr arg) {
        Expr e = arg;
        while (e instanceof Expr.Cast c) {
            e = c.operand();
        }
        if (e instanceof Expr.AddrOf a) {
            return ExprText.of(a.operand());
        }
        return "*" + ExprText.of(e);
    }

    private static Set<String> copy(Set<String> s) {
        return s == null ? null : new LinkedHashSet<>(s);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b != null) {
            a.addAll(b);
        }
        return a;
    }
}
