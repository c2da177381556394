package org.threadlab.kernel.prop;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What one primitive contributes to generated programs: the objects it declares, the segments of
 * operations it adds to a thread, and the invariants that watch its objects. To test a new
 * primitive, add an OpKind to {@link ProgramGenerator#KINDS}; nothing else changes.
 */
public interface OpKind {
    /** Declares this kind's objects for one program (may be none). */
    void declare(SplittableRandom random, ProgramDraft program);

    /**
     * Appends one segment of operations (e.g. lock; compute; unlock) to {@code thread}, or
     * nothing when this kind has no objects in the program.
     */
    void segment(SplittableRandom random, ThreadDraft thread);

    /** Relative weight of this kind when a thread's next segment is drawn. */
    default int weight() {
        return 1;
    }

    /** Fresh invariants for one run (the kernel-wide ones are always checked). */
    default List<Invariant> newInvariants() {
        return List.of();
    }
}
