package org.threadlab.explore.check;

import java.util.List;

import org.threadlab.explore.BugKind;

/**
 * A bug a check found: its kind, the message for people, the threads involved, and how far into
 * the run (in instructions) the counterexample table is worth showing: a livelock or starvation
 * repeats the same steps for thousands of rows, so its table stops shortly after it began.
 */
public record Finding(BugKind kind, String message, List<Integer> threads, long shownInstructions) {
    public Finding {
        threads = List.copyOf(threads);
    }
}
