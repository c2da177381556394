package org.threadlab.explore;

/** How far a search may go: executions, and nanoseconds on the caller's clock. */
public record Budget(long executions, long nanos) {
    public Budget {
        if (executions < 1) {
            throw new IllegalArgumentException("the execution budget must be at least 1");
        }
        if (nanos < 1) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
    }
}
