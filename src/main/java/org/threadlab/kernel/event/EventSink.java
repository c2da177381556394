package org.threadlab.kernel.event;

/** Receives the kernel's events in order. The kernel builds no event when no sink is attached. */
@FunctionalInterface
public interface EventSink {
    void accept(KernelEvent event);
}
