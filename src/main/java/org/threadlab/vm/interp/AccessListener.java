package org.threadlab.vm.interp;

/**
 * Told of every shared memory access (the accesses that end a step), for the explorer's race
 * detector and the live memory view. Thread-local accesses are not reported: they cannot race.
 * Called after the access succeeded; {@code thread.currentPos()} is the accessing instruction.
 */
@FunctionalInterface
public interface AccessListener {
    void onSharedAccess(VmThread thread, long address, int bytes, boolean write);

    /** A listener telling {@code first}, then {@code second}; either may be null. */
    static AccessListener chain(AccessListener first, AccessListener second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return (thread, address, bytes, write) -> {
            first.onSharedAccess(thread, address, bytes, write);
            second.onSharedAccess(thread, address, bytes, write);
        };
    }
}
