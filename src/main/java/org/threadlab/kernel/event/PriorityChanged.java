package org.threadlab.kernel.event;

/** A thread's effective priority changed; {@code cause} is "inheritance", "restored" or "set". */
public record PriorityChanged(long seq, long tick, int cpu, int tid, int from, int to,
                              String cause) implements KernelEvent {
}
