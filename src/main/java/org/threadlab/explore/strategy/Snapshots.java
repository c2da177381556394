package org.threadlab.explore.strategy;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.explore.Execution;
import org.threadlab.explore.Target;
import org.threadlab.explore.check.Checks;
import org.threadlab.explore.check.ExecutionChecks;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.kernel.choice.Schedule;
import org.threadlab.vm.interp.Machine;

/**
 * The machines the stateful search keeps along its current path ({@link Machine#copy}), so an
 * execution that branches at trail index i runs on from the deepest snapshot at or above i
 * instead of re-running the program from the start; the choices between the snapshot and i are
 * replayed from the trail. A snapshot is taken while a PREEMPT or DISPATCH choice is asked,
 * before it is answered (on one CPU no other choice comes first in a step, so stepping the copy
 * asks it again), and only where a resumed run's checks would start out as they stand there
 * ({@link ExecutionChecks#resumable}). A state that cannot be copied (a thread pool) turns them
 * off: the search then re-runs from the start. Executions are the same either way
 * (SnapshotSearchTests).
 */
final class Snapshots {
    /**
     * A copy of the machine taken at the choice with trail index {@code index}; {@code before}
     * is every choice made until then, {@code trail} the trail of the execution that took it,
     * whose first {@code index} entries are the path to it.
     */
    private record Snapshot(int index, Machine machine, Handover handover, Schedule before, Trail trail) {
    }

    /** On the current path, by increasing trail index. */
    private final List<Snapshot> path = new ArrayList<>();
    private boolean copying = true;
    /** The snapshot the next execution resumes, or null to start afresh. */
    private Snapshot resumeFrom;
    /** The checks the executions run, once one has run through {@link #run}; null before. */
    private Checks checks;

    /** No more snapshots: every execution re-runs from the start. */
    void off() {
        copying = false;
        path.clear();
    }

    /** The trail of the next execution, which follows {@code prefix}: resumed from the deepest snapshot on it. */
    Trail trail(int[] prefix) {
        resumeFrom = path.isEmpty() ? null : path.get(path.size() - 1);
        return resumeFrom == null ? new Trail(prefix) : new Trail(resumeFrom.trail(), resumeFrom.index(), prefix);
    }

    /**
     * Runs the next execution with {@code chooser} (whose trail came from {@link #trail}): from
     * the start, or on from its snapshot. {@code lastUse} says no later execution branches at the
     * snapshot's index, so the snapshot itself runs instead of a copy.
     */
    Execution run(Target target, Chooser chooser, int[] prefix, boolean lastUse) {
        checks = target.checks();
        Snapshot s = resumeFrom;
        if (s == null) {
            return Execution.run(target, chooser);
        }
        if (lastUse && s.index() == prefix.length - 1) {
            path.remove(path.size() - 1);
            return Execution.resume(target, recording -> s.handover().to(recording, s.machine()), s.before(), chooser);
        }
        return Execution.resume(target, s.machine()::copy, s.before(), chooser);
    }

    /** The search goes on at trail index {@code i}: snapshots below it are of no more use. */
    void backtrackTo(int i) {
        while (!path.isEmpty() && path.get(path.size() - 1).index() > i) {
            path.remove(path.size() - 1);
        }
    }

    /**
     * Takes a snapshot of {@code machine}, asked the choice {@code point} at trail index
     * {@code trail.size()} after the choices {@code recording} holds, when that can stand for it.
     */
    void take(Machine machine, ChoicePoint point, Trail trail, RecordingChooser recording) {
        if (!copying || checks == null || recording == null || machine == null
                || point != ChoicePoint.PREEMPT && point != ChoicePoint.DISPATCH
                || machine.kernel().config().cpus() != 1 || !ExecutionChecks.resumable(machine, checks)) {
            return;
        }
        try {
            Handover handover = new Handover();
            path.add(new Snapshot(trail.size(), machine.copy(handover), handover, recording.schedule(), trail));
        } catch (UnsupportedOperationException e) {
            off(); // a thread pool, say
        }
    }

    /**
     * A snapshot machine's chooser: it refuses every choice until the snapshot is resumed for the
     * last time, and from then on passes them on ({@link #to}).
     */
    private static final class Handover implements Chooser {
        private Chooser to;

        Machine to(Chooser chooser, Machine machine) {
            to = chooser;
            return machine;
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            if (to == null) {
                throw new IllegalStateException("a snapshot runs only once it is resumed");
            }
            return to.choose(point, options, realistic);
        }
    }
}
