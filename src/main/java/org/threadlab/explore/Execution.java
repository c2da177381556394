package org.threadlab.explore;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.threadlab.explore.check.ExecutionChecks;
import org.threadlab.explore.check.Finding;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.kernel.choice.Schedule;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.OutcomeDiagnosis;
import org.threadlab.vm.interp.VmOutcome;

/**
 * One run of a target under a chooser, to its end: the target it ran (a strategy may run a
 * coarser view of the one it was given, see {@link org.threadlab.explore.strategy.Strategy#target}), how it ended, the bug it shows (null when
 * none), every choice made (the replayable schedule), and how many of them were preemptions.
 * For a bug one of the target's checks found (livelock, starvation, invariant), {@code threads}
 * names the threads involved and {@code shownInstructions} how far the counterexample table
 * goes; otherwise they are empty and {@link Long#MAX_VALUE}.
 */
public record Execution(Target target, VmOutcome outcome, BugKind bug, String message, Schedule schedule, int preemptions,
                        List<Integer> threads, long shownInstructions) {
    public Execution {
        threads = List.copyOf(threads);
    }

    /** Runs {@code target} once with {@code chooser}. */
    public static Execution run(Target target, Chooser chooser) {
        RecordingChooser recording = new RecordingChooser(chooser);
        return run(target, chooser, recording, target.start(recording));
    }

    /**
     * Runs {@code target} on from a snapshot: a machine of it stopped at a scheduling choice (see
     * {@link Machine#copy}) after the choices {@code before}, which {@code resumed} gives with its
     * choices going to the chooser it is passed (a copy of the snapshot, or the snapshot itself
     * when it is not needed again). The execution's schedule starts with {@code before}.
     */
    public static Execution resume(Target target, Function<Chooser, Machine> resumed, Schedule before,
                                   Chooser chooser) {
        RecordingChooser recording = new RecordingChooser(chooser, before);
        return run(target, chooser, recording, resumed.apply(recording));
    }

    private static Execution run(Target target, Chooser chooser, RecordingChooser recording, Machine machine) {
        if (chooser instanceof MachineChooser attached) {
            attached.recordedBy(recording);
            attached.attach(machine); // before the checks, which chain their listeners onto the chooser's
        }
        ExecutionChecks.Result checked = ExecutionChecks.run(machine, target.checks());
        VmOutcome outcome = checked.outcome();
        Schedule schedule = recording.schedule();
        Finding f = checked.finding();
        if (f != null && BugKind.of(outcome) == null) {
            return new Execution(target, outcome, f.kind(), f.message() + "\n", schedule, preemptions(schedule), f.threads(),
                    f.shownInstructions());
        }
        BugKind bug = BugKind.of(outcome);
        String message = bug == null ? "" : OutcomeDiagnosis.describe(machine, outcome);
        return new Execution(target, outcome, bug, message, schedule, preemptions(schedule), List.of(), Long.MAX_VALUE);
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
     * assertions, the same message at the same source line (whichever thread it is); for races,
     * the same two lines with the same kinds of access (the detector's halt reason says which).
     */
    public boolean sameFailureAs(Execution other) {
        if (bug == null || bug != other.bug) {
            return false;
        }
        if (bug == BugKind.RACE) {
            return Objects.equals(outcome.haltReason(), other.outcome.haltReason());
        }
        if (outcome.fault() == null || other.outcome.fault() == null) {
            return outcome.fault() == other.outcome.fault();
        }
        return outcome.fault().message().equals(other.outcome.fault().message())
                && Objects.equals(outcome.fault().pos(), other.outcome.fault().pos());
    }
}
