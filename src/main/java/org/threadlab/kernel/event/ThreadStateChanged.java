package org.threadlab.kernel.event;

import org.threadlab.kernel.ThreadState;

/** A thread changed kernel state; {@code object} names what it now waits on, or is empty. */
public record ThreadStateChanged(long seq, long tick, int cpu, int tid, ThreadState from,
                                 ThreadState to, String object) implements KernelEvent {
}
