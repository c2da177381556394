package org.threadlab.explore.check;

import java.util.List;

/**
 * What the explorer checks in every execution besides the VM's own failures: livelock and
 * starvation within {@code livelockBound} steps (0 turns both off), {@code invariants}, checked
 * {@code at} every visible step or at exit, and, with {@code races}, data races.
 */
public record Checks(long livelockBound, List<Invariant> invariants, InvariantAt at, boolean races) {
    /** Steps without progress after which a run is a livelock, unless told otherwise. */
    public static final long DEFAULT_LIVELOCK_BOUND = 10_000;

    public Checks {
        if (livelockBound < 0) {
            throw new IllegalArgumentException("the livelock bound must not be negative");
        }
        invariants = List.copyOf(invariants);
    }

    /** Livelock and starvation with the default bound, no invariants, no race detection. */
    public static Checks defaults() {
        return new Checks(DEFAULT_LIVELOCK_BOUND, List.of(), InvariantAt.STEP, false);
    }

    public Checks withInvariants(List<Invariant> invariants, InvariantAt at) {
        return new Checks(livelockBound, invariants, at, races);
    }

    public Checks withLivelockBound(long bound) {
        return new Checks(bound, invariants, at, races);
    }

    public Checks withRaces(boolean on) {
        return new Checks(livelockBound, invariants, at, on);
    }
}
