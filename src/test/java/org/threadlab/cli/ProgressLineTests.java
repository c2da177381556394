package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The explorer's progress line, driven by a hand-moved clock. */
class ProgressLineTests {
    private static final long MS = 1_000_000L;
    private final StringWriter text = new StringWriter();
    private long now;

    private ProgressLine line(boolean terminal) {
        return new ProgressLine(new PrintWriter(text, true), terminal, () -> now, () -> "every schedule with at most 1 preemption");
    }

    @Test
    void updatesAtMostFourTimesASecondWithTheRateAndThePhase() {
        ProgressLine p = line(true);
        now = 100 * MS;
        p.executed(1, null);
        assertThat(text.toString()).isEmpty();
        now = 250 * MS;
        p.executed(1_000, null);
        assertThat(text.toString()).isEqualTo("\r\033[Kexplored 1,000 executions, 4,000/s: every schedule with at most 1 preemption");
        text.getBuffer().setLength(0);
        now = 400 * MS;
        p.executed(1_500, null);
        assertThat(text.toString()).isEmpty();
        now = 500 * MS;
        p.executed(2_000, null);
        assertThat(text.toString()).startsWith("\r\033[Kexplored 2,000 executions, 4,000/s");
        text.getBuffer().setLength(0);
        p.done();
        assertThat(text.toString()).isEqualTo("\r\033[K");
    }

    @Test
    void printsNothingWhenStderrIsNoTerminal() {
        ProgressLine p = line(false);
        now = 10_000 * MS;
        p.executed(5, null);
        p.done();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void leavesNoClearingWhenNothingWasPrinted() {
        ProgressLine p = line(true);
        now = 10 * MS;
        p.executed(1, null);
        p.done();
        assertThat(text.toString()).isEmpty();
    }
}
