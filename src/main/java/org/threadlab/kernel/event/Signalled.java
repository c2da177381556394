package org.threadlab.kernel.event;

/** Thread {@code tid} (0 for the kernel) woke {@code woken} waiters of {@code object}. */
public record Signalled(long seq, long tick, int cpu, int tid, String object, SignalKind kind,
                       int woken) implements KernelEvent {
}
