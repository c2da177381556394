package org.threadlab.explore.strategy;

import java.util.Arrays;

import org.threadlab.explore.Execution;
import org.threadlab.explore.MachineChooser;
import org.threadlab.explore.Target;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.vm.interp.Machine;

/**
 * Stateless depth-first search over the branching points, with at most {@code bound}
 * preemptions per schedule (unbounded with {@link Integer#MAX_VALUE}). Alternatives that would
 * exceed the bound are skipped and noted, so an exhausted search says whether it saw every
 * schedule or only those within the bound. Each schedule runs on from a snapshot taken where it
 * leaves the one before ({@link Snapshots}), or from the start where there is none.
 */
public final class DepthFirst implements Strategy {
    private final int bound;
    private int[] prefix = new int[0];
    private Trail current;
    private boolean exhausted;
    private boolean pruned;
    private final Snapshots snapshots = new Snapshots();
    /** No schedule after the next one branches where the next one does. */
    private boolean lastAtBranch;

    public DepthFirst(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("the preemption bound must not be negative");
        }
        this.bound = bound;
    }

    public int bound() {
        return bound;
    }

    @Override
    public Chooser next() {
        if (exhausted) {
            return null;
        }
        current = snapshots.trail(prefix);
        return new SnapshotTaking(current, prefix.length);
    }

    @Override
    public Execution run(Target target, Chooser chooser) {
        return snapshots.run(target, chooser, prefix, lastAtBranch);
    }

    /** This search without snapshots, only to check that they change nothing. */
    DepthFirst rerunning() {
        snapshots.off();
        return this;
    }

    @Override
    public void executed(Execution execution) {
        Trail t = current;
        int[] used = new int[t.size() + 1];
        for (int i = 0; i < t.size(); i++) {
            used[i + 1] = used[i] + Branching.cost(t.point(i), t.alternative(i));
        }
        for (int i = t.size() - 1; i >= 0; i--) {
            for (int alt = t.alternative(i) + 1; alt < t.options(i); alt++) {
                if (used[i] + Branching.cost(t.point(i), alt) > bound) {
                    pruned = true;
                    continue;
                }
                prefix = new int[i + 1];
                for (int j = 0; j < i; j++) {
                    prefix[j] = t.alternative(j);
                }
                prefix[i] = alt;
                lastAtBranch = true;
                for (int later = alt + 1; later < t.options(i); later++) {
                    lastAtBranch &= used[i] + Branching.cost(t.point(i), later) > bound;
                }
                snapshots.backtrackTo(i);
                return;
            }
        }
        prefix = new int[0];
        snapshots.backtrackTo(-1);
        exhausted = true;
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }

    @Override
    public boolean complete() {
        return exhausted && !pruned;
    }

    @Override
    public String coverage() {
        String within = bound == Integer.MAX_VALUE ? "" : " with at most " + bound + (bound == 1 ? " preemption" : " preemptions");
        if (complete()) {
            return "every interleaving";
        }
        return exhausted ? "every schedule" + within : "part of the schedules" + within;
    }

    /** The trail as the chooser, taking a snapshot at each branching scheduling choice past the prefix. */
    private final class SnapshotTaking implements MachineChooser {
        private final Trail trail;
        private final int replayed;
        private RecordingChooser recording;
        private Machine machine;

        SnapshotTaking(Trail trail, int replayed) {
            this.trail = trail;
            this.replayed = replayed;
        }

        @Override
        public void recordedBy(RecordingChooser recording) {
            this.recording = recording;
        }

        @Override
        public void attach(Machine machine) {
            this.machine = machine;
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            if (trail.size() >= replayed && Branching.enumerates(point, options)) {
                snapshots.take(machine, point, trail, recording);
            }
            return trail.choose(point, options, realistic);
        }
    }

    @Override
    public String toString() {
        return "DepthFirst(bound=" + bound + ", prefix=" + Arrays.toString(prefix) + ")";
    }
}
