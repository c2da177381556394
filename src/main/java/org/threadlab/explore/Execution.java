package org.threadlab.explore;

import java.util.Objects;

import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.kernel.choice.Schedule;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.OutcomeDiagnosis;
import org.threadlab.vm.interp.VmOutcome;

/**
 * One run of the target under a chooser, to its end: how it ended, the bug it shows (null when
 * none), every choice made (the replayable schedule), and how many of them were preemptions.
 */
public record Execution(VmOutcome outcome, BugKind bug, String message, Schedule schedule, int preemptions) {

    /** Runs {@code target} once with {@code chooser}. */
    public static Execution run(Target target, Chooser chooser) {
        RecordingChooser recording = new RecordingChooser(chooser);
        Machine machine = target.start(recording);
        if (chooser instanceof MachineChooser attached) {
            attached.attach(machine);
        }
        VmOutcome outcome = machine.run();
        BugKind bug = BugKind.of(outcome);
        String message = bug == null ? "" : OutcomeDiagnosis.describe(machine, outcome);
        Schedule schedule = recording.schedule();
        return new Execution(outcome, bug, message, schedule, preemptions(schedule));
    }

    /** The PREEMPT choices that switched threads. */
    public static int preemptions(Schedule schedule) {
        int n = 0;
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.point(i) == ChoicePoint.PREEMPT && schedule.choice(i) != 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when {@code other} fails the same way: the same kind of bug and, for faults and failed
     * assertions, the same message at the same source line (whichever thread it is).
     */
    public boolean sameFailureAs(Execution other) {
        if (bug == null || bug != other.bug) {
            return false;
        }
        if (outcome.fault() == null || other.outcome.fault() == null) {
            return outcome.fault() == other.outcome.fault();
        }
        return outcome.fault().message().equals(other.outcome.fault().message())
                && Objects.equals(outcome.fault().pos(), other.outcome.fault().pos());
    }
}
