package org.threadlab.explore.check;

import java.util.List;
import java.util.Locale;

import org.threadlab.cc.SourcePos;
import org.threadlab.explore.BugKind;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.StepListener;
import org.threadlab.vm.FaultException;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;

/**
 * Evaluates the invariants after every visible step (as a step listener) or at exit, with
 * {@link Machine#evaluate}, which leaves the run exactly as it was. The first invariant found
 * false, or that cannot be evaluated (it faults, writes memory, calls the library, or loops),
 * is the finding, and the run halts there.
 */
final class InvariantChecker implements StepListener {
    /** Instructions one evaluation may take. */
    static final int EVALUATION_LIMIT = 100_000;

    private final Machine machine;
    private final List<Invariant> invariants;
    private long visibleSteps;
    private Finding failure;

    InvariantChecker(Machine machine, List<Invariant> invariants) {
        this.machine = machine;
        this.invariants = invariants;
    }

    @Override
    public void afterStep(SimThread thread, int instructions, StepEnd end) {
        if (end == StepEnd.LOCAL || failure != null) {
            return; // a local step changes no global
        }
        visibleSteps++;
        check(thread);
    }

    /** Checks every invariant now, as the process exits. */
    void checkAtExit() {
        check(null);
    }

    /** The first failure, or null. */
    Finding failure() {
        return failure;
    }

    private void check(SimThread thread) {
        for (Invariant inv : invariants) {
            String why;
            try {
                if (machine.evaluate(inv.function(), EVALUATION_LIMIT) != 0) {
                    continue;
                }
                why = "is false";
            } catch (FaultException e) {
                why = "could not be evaluated: " + e.getMessage();
            }
            failure = new Finding(BugKind.INVARIANT, "invariant '" + inv.expression() + "' " + why + " " + where(thread),
                    thread == null ? List.of() : List.of(thread.tid()),
                    thread == null ? Long.MAX_VALUE : machine.kernel().instructions());
            machine.kernel().halt("invariant '" + inv.expression() + "' " + why);
            return;
        }
    }

    private String where(SimThread thread) {
        if (thread == null) {
            return "when the process exits";
        }
        VmThread vm = machine.thread(thread.tid());
        SourcePos pos = vm == null ? null : vm.lastStepPos();
        String step = String.format(Locale.ROOT, "after step %,d (thread %d, %s)", visibleSteps, thread.tid(),
                thread.label());
        return pos == null ? step : step + " at line " + pos.line() + ": " + pos.lineText().strip();
    }
}
