package org.threadlab.kernel.event;

import org.threadlab.kernel.SwitchReason;

/**
 * A CPU switched from thread {@code fromTid} to {@code toTid} (0 means the idle thread);
 * {@code reason} says why {@code fromTid} left.
 */
public record ContextSwitched(long seq, long tick, int cpu, int fromTid, int toTid,
                              SwitchReason reason) implements KernelEvent {
}
