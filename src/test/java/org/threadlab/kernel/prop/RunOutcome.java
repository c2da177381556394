package org.threadlab.kernel.prop;

import java.util.List;

/**
 * What one run of a program produced. {@code violation} is null when every invariant held;
 * {@code digest} is the SHA-256 of the formatted event log; {@code finalState} describes every
 * thread and object at the end; {@code log} is the whole event log when it was asked for.
 */
public record RunOutcome(String violation, long steps, String end, long events, String digest,
                         String finalState, List<String> tail, String log) {

    public boolean failed() {
        return violation != null;
    }
}
