package org.threadlab.kernel.event;

/** Thread {@code tid} gave {@code object} back. */
public record LockReleased(long seq, long tick, int cpu, int tid, String object, LockMode mode)
        implements KernelEvent {
}
