package org.threadlab.kernel.event;

/** A process ended with {@code status}; its remaining threads died with it. */
public record ProcessExited(long seq, long tick, int cpu, int pid, int status) implements KernelEvent {
}
