package org.threadlab.explore.check;

import java.util.List;

import org.threadlab.explore.BugKind;
import org.threadlab.explore.race.Race;
import org.threadlab.explore.race.RaceDetector;
import org.threadlab.kernel.StepListener;
import org.threadlab.vm.interp.AccessListener;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/**
 * Runs a started machine to its end with the checks attached, and says what they found.
 *
 * <p>Invariants checked at every step are attached from the start. The progress monitor joins
 * only once the run has executed {@link #WATCH_AFTER} instructions: most executions the explorer
 * tries are short and end by themselves, so they pay nothing for it (with a sink attached the
 * kernel builds an event object for everything it does). A livelock or starvation is found
 * {@code WATCH_AFTER} instructions plus the bound later than it could be, which changes no verdict.
 */
public final class ExecutionChecks {
    /** Instructions a run executes before the progress monitor starts watching it. */
    static final long WATCH_AFTER = 20_000;

    /** How the run ended, and what a check found in it (null: nothing). */
    public record Result(VmOutcome outcome, Finding finding) {
    }

    private ExecutionChecks() {
    }

    /**
     * True when a run of {@code machine} (a snapshot of it, see {@link Machine#copy}) goes on under
     * {@code checks} exactly as a run from the start would: no check has state yet. The progress
     * monitor joins at an absolute instruction count, so a machine short of it qualifies; the
     * race detector and invariants checked at every step keep state from the start.
     */
    public static boolean resumable(Machine machine, Checks checks) {
        if (checks.races() || !checks.invariants().isEmpty() && checks.at() == InvariantAt.STEP) {
            return false;
        }
        return checks.livelockBound() <= 0 || machine.kernel().instructions() < WATCH_AFTER;
    }

    /**
     * Runs {@code machine} (started, or a snapshot that is {@link #resumable}) to its end under
     * {@code checks}.
     */
    public static Result run(Machine machine, Checks checks) {
        InvariantChecker invariants = checks.invariants().isEmpty() ? null
                : new InvariantChecker(machine, checks.invariants());
        StepListener stepInvariants = invariants != null && checks.at() == InvariantAt.STEP ? invariants : null;
        StepListener before = machine.kernel().stepListener(); // a strategy's own (DPOR), kept first
        machine.kernel().setStepListener(StepListener.chain(before, stepInvariants));
        RaceDetector races = checks.races() ? RaceDetector.attach(machine) : null;
        ProgressMonitor monitor = null;
        VmOutcome outcome;
        if (checks.livelockBound() > 0) {
            outcome = machine.run(Math.max(0, WATCH_AFTER - machine.kernel().instructions()));
            if (outcome.status() == VmOutcome.Status.RUNNING) {
                monitor = new ProgressMonitor(machine, checks.livelockBound());
                machine.kernel().setSink(monitor);
                machine.setAccessListener(AccessListener.chain(machine.accessListener(), monitor));
                machine.kernel().setStepListener(StepListener.chain(machine.kernel().stepListener(), monitor));
                outcome = machine.run();
            }
        } else {
            outcome = machine.run();
        }
        return new Result(outcome, finding(machine, outcome, invariants, monitor, races, checks));
    }

    private static Finding finding(Machine machine, VmOutcome outcome, InvariantChecker invariants,
                                   ProgressMonitor monitor, RaceDetector races, Checks checks) {
        if (races != null && races.race() != null) {
            Race race = races.race();
            return new Finding(BugKind.RACE, races.message(), List.of(race.first().tid(), race.second().tid()),
                    Long.MAX_VALUE);
        }
        if (invariants != null && invariants.failure() != null) {
            return invariants.failure();
        }
        if (monitor != null) {
            boolean endless = monitor.halted() || (outcome.status() == VmOutcome.Status.BUDGET
                    && outcome.instructions() >= machine.config().instructions());
            Finding starved = endless ? monitor.starvation() : null;
            if (starved != null) {
                return starved;
            }
            if (monitor.livelocked()) {
                return monitor.livelock();
            }
        }
        if (invariants != null && checks.at() == InvariantAt.EXIT && outcome.status() == VmOutcome.Status.EXITED) {
            invariants.checkAtExit();
            return invariants.failure();
        }
        return null;
    }
}
