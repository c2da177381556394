package org.threadlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.threadlab.explore.Execution;
import org.threadlab.explore.Explorer;

/**
 * The explorer's progress on stderr, when it is a terminal: one line rewritten in place at most
 * {@link #UPDATES_PER_SECOND} times a second ("explored 12,345 executions, 4,100/s: every
 * schedule with at most 1 preemption"), cleared when the search ends. The clock is injected
 * (nanoseconds), so tests drive it by hand.
 */
final class ProgressLine implements Explorer.Progress {
    static final int UPDATES_PER_SECOND = 4;
    private static final long INTERVAL = 1_000_000_000L / UPDATES_PER_SECOND;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final Supplier<String> phase;
    private final long start;
    private long lastUpdate;
    private boolean printed;

    /** {@code phase} says what the strategy is covering now (its coverage text). */
    ProgressLine(PrintWriter err, boolean terminal, LongSupplier clock, Supplier<String> phase) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.phase = phase;
        this.start = clock.getAsLong();
        this.lastUpdate = start;
    }

    @Override
    public void executed(long executions, Execution last) {
        if (!terminal) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastUpdate < INTERVAL) {
            return;
        }
        lastUpdate = now;
        double seconds = (now - start) / 1e9;
        long rate = seconds > 0 ? Math.round(executions / seconds) : 0;
        err.print("\r\033[K" + String.format(Locale.ROOT, "explored %,d execution%s, %,d/s: %s", executions,
                executions == 1 ? "" : "s", rate, phase.get()));
        err.flush();
        printed = true;
    }

    /** Clears the line, if one was printed. */
    void done() {
        if (printed) {
            err.print("\r\033[K");
            err.flush();
            printed = false;
        }
    }
}
