package org.threadlab.kernel.event;

import org.threadlab.kernel.Policy;

/** A thread was created by {@code creator} (0 when the kernel's driver created it). */
public record ThreadCreated(long seq, long tick, int cpu, int tid, int pid, int creator,
                            int priority, Policy policy, String name) implements KernelEvent {
}
