package org.threadlab.kernel.event;

/** Thread {@code tid} took {@code object}. */
public record LockAcquired(long seq, long tick, int cpu, int tid, String object, LockMode mode)
        implements KernelEvent {
}
