package org.threadlab.explore.check;

import java.util.List;

/**
 * What the explorer checks in every execution besides the VM's own failures: livelock and
 * starvation within {@code livelockBound} steps (0 turns both off), and {@code invariants},
 * checked {@code at} every visible step or at exit.
 */
public record Checks(long livelockBound, List<Invariant> invariants, InvariantAt at) {
    /** Steps without progress after which a run is a livelock, unless told otherwise. */
    public static final long DEFAULT_LIVELOCK_BOUND = 10_000;

    public Checks {
        if (livelockBound < 0) {
            throw new IllegalArgumentException("the livelock bound must not be negative");
        }
        invariants = List.copyOf(invariants);
    }

    /** Livelock and starvation with the default bound, no invariants. */
    public static Checks defaults() {
        return new Checks(DEFAULT_LIVELOCK_BOUND, List.of(), InvariantAt.STEP);
    }

    public Checks withInvariants(List<Invariant> invariants, InvariantAt at) {
        return new Checks(livelockBound, invariants, at);
    }

    public Checks withLivelockBound(long bound) {
        return new Checks(bound, invariants, at);
    }
}
