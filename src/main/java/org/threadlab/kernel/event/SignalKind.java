package org.threadlab.kernel.event;

/** What woke the waiters of an object. */
public enum SignalKind {
    SIGNAL("signal"),
    BROADCAST("broadcast"),
    /** A condvar wait ended with no signal (spurious wakeups enabled). */
    SPURIOUS("spurious wakeup"),
    /** A timed wait's timer expired. */
    TIMEOUT("timeout"),
    /** The last thread arrived at a barrier. */
    BARRIER_OPENED("barrier opened"),
    /** Simulated hardware raised an interrupt. */
    INTERRUPT("interrupt");

    private final String text;

    SignalKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
