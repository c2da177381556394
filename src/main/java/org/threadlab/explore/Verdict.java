package org.threadlab.explore;

/**
 * What a search found. {@code bug} is the minimised failing execution, or null for no bug;
 * {@code complete} is true when the search covered every schedule (so "no bug" is a proof for
 * this program and configuration); {@code coverage} says what was covered in words;
 * {@code executions} counts the search's executions (minimising runs not included);
 * {@code states} the distinct states a stateful search stored (-1 for the other strategies).
 */
public record Verdict(Execution bug, boolean complete, String coverage, long executions, long nanos,
                      long budgetEnds, long states) {
    /** A verdict of a stateless search ({@code states} -1). */
    public Verdict(Execution bug, boolean complete, String coverage, long executions, long nanos, long budgetEnds) {
        this(bug, complete, coverage, executions, nanos, budgetEnds, -1);
    }

    public boolean foundBug() {
        return bug != null;
    }

    /**
     * One line for people: "no bug: complete, every interleaving, 1,204 executions, 0.8 s" or
     * "no bug found in every schedule with at most 2 preemptions: 18,440 executions, 9.1 s".
     */
    public String summary() {
        String time = String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
        String runs = String.format(java.util.Locale.ROOT, "%,d execution%s", executions, executions == 1 ? "" : "s");
        if (bug != null) {
            return bug.bug().reportName() + " found after " + runs + ", " + time;
        }
        String cut = budgetEnds == 0 ? "" : String.format(java.util.Locale.ROOT,
                "; %,d execution%s cut short (a budget, or a schedule of the explorer that kept a thread waiting)",
                budgetEnds, budgetEnds == 1 ? "" : "s");
        if (complete) {
            return "no bug: complete, " + coverage + ", " + runs + ", " + time + cut;
        }
        return "no bug found in " + coverage + ": " + runs + ", " + time + cut;
    }
}
