package org.threadlab.explore;

import java.util.function.LongSupplier;

import org.threadlab.explore.strategy.Stateful;
import org.threadlab.explore.strategy.Strategy;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.VmOutcome;

/**
 * Runs a strategy's schedules until the first bug, the end of the strategy, or the end of the
 * budget, then minimises the failing schedule. The clock is the caller's (nanoseconds), so the
 * search itself reads no wall clock; only when it stops depends on it.
 */
public final class Explorer {
    /** Told after each execution, e.g. to print progress. */
    @FunctionalInterface
    public interface Progress {
        void executed(long executions, Execution last);
    }

    static final int MINIMISER_RUNS = 2_000;

    private Explorer() {
    }

    public static Verdict explore(Target target, Strategy strategy, Budget budget, LongSupplier clock,
                                  Progress progress) {
        long start = clock.getAsLong();
        long executions = 0;
        long budgetEnds = 0;
        while (executions < budget.executions() && clock.getAsLong() - start < budget.nanos()) {
            Chooser chooser = strategy.next();
            if (chooser == null) {
                break;
            }
            Execution e = strategy.run(strategy.target(target), chooser);
            executions++;
            strategy.executed(e);
            if (e.outcome().status() != VmOutcome.Status.EXITED && e.bug() == null
                    && !Stateful.PRUNED.equals(e.outcome().haltReason())) {
                budgetEnds++;
            }
            progress.executed(executions, e);
            if (e.bug() != null) {
                Execution minimal = Minimiser.minimise(e, MINIMISER_RUNS).execution();
                return new Verdict(minimal, false, strategy.coverage(), executions, clock.getAsLong() - start,
                        budgetEnds, strategy.states());
            }
        }
        boolean complete = strategy.exhausted() && strategy.complete();
        return new Verdict(null, complete, strategy.coverage(), executions, clock.getAsLong() - start, budgetEnds,
                strategy.states());
    }
}
