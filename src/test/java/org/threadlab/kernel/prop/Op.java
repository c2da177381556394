package org.threadlab.kernel.prop;

import java.util.List;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;

/**
 * One operation of a generated thread, executed as one step of that thread. Implementations are
 * records whose {@code toString} is the readable form used in failure reports ("lock m0").
 */
public interface Op {
    /**
     * Runs as one step of {@code self}: at most one kernel call, made last. Returns the
     * instructions used (at least 1).
     */
    int run(RunView view, Kernel kernel, SimThread self);

    /** True when this operation names {@code name} (an object or a thread label). */
    default boolean refersTo(String name) {
        return false;
    }

    /** Smaller variants the shrinker may try in place of this one (compute 1 for compute 9). */
    default List<Op> simpler() {
        return List.of();
    }
}
