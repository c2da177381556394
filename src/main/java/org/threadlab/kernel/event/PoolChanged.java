package org.threadlab.kernel.event;

/**
 * A thread pool's counts changed: {@code processing} threads in the processing operation,
 * {@code blocking} in the blocking operation, {@code total} threads in the pool.
 */
public record PoolChanged(long seq, long tick, int cpu, String pool, PoolChange change,
                          int processing, int blocking, int total) implements KernelEvent {
}
