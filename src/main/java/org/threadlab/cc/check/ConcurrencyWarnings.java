package org.threadlab.cc.check;

import java.util.Set;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.TranslationUnit;

/**
 * Warnings for concurrency mistakes a compiler can see in the source: a mutex left locked on
 * one path out of a function ({@link UnlockOnEveryPath}), and a condition wait
 * ({@code pthread_cond_wait}, {@code pthread_cond_timedwait}, {@code pthread_sleepon_wait})
 * whose innermost enclosing control statement is an {@code if}, or that is in no loop at all.
 * The condition must be re-checked after every wakeup, because wakeups can be spurious and
 * another thread can take what the signal announced first; an {@code if} checks it once.
 */
public final class ConcurrencyWarnings {
    private static final Set<String> CONDITION_WAITS =
            Set.of("pthread_cond_wait", "pthread_cond_timedwait", "pthread_sleepon_wait");

    private final Diagnostics diagnostics;

    private ConcurrencyWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Adds a warning to {@code diagnostics} for each mistake found in {@code unit}. */
    public static void check(TranslationUnit unit, Diagnostics diagnostics) {
        ConcurrencyWarnings check = new ConcurrencyWarnings(diagnostics);
        AstWalker walker = new AstWalker(check::conditionWaitInLoop);
        for (Function f : unit.functions()) {
            if (f.body() != null) {
                walker.stmt(f.body(), AstWalker.Control.NONE);
                UnlockOnEveryPath.check(f, diagnostics);
            }
        }
    }

    private void conditionWaitInLoop(Expr.Call call, AstWalker.Control around) {
        String name = call.directName();
        if (name != null && CONDITION_WAITS.contains(name) && around != AstWalker.Control.LOOP) {
            diagnostics.warning(call.pos(), name.length(), name + " is not in a loop that re-checks its condition;"
                    + " wakeups can be spurious or stolen, so write 'while (!condition) " + name + "(...);'");
        }
    }
}
