package org.threadlab.kernel.event;

/** A thread terminated with exit value {@code value}. */
public record ThreadExited(long seq, long tick, int cpu, int tid, long value) implements KernelEvent {
}
