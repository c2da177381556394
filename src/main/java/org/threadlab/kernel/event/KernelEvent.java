package org.threadlab.kernel.event;

/**
 * Everything the kernel reports, as past-tense records. Every event carries its sequence number
 * (from 0 in emission order), the simulated tick and the CPU it happened on (-1 when no CPU was
 * involved, e.g. a timer firing while every CPU idles). {@link EventFormatter} gives each one
 * readable, byte-stable line.
 */
public sealed interface KernelEvent permits ThreadCreated, ThreadStateChanged, ContextSwitched,
        PriorityChanged, ThreadExited, ProcessExited, LockAcquired, LockReleased, Signalled,
        PoolChanged {
    long seq();

    long tick();

    int cpu();
}
