package org.threadlab.explore.strategy;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One choice point on DPOR's depth-first stack. A scheduling node (PREEMPT or DISPATCH) chooses
 * a thread among its candidates and keeps Flanagan and Godefroid's sets: backtrack (threads to
 * try here), done (threads tried) and the sleep set it was reached with (threads whose next event
 * was already explored from an equivalent state, with that event's footprint). A data node (a
 * bool nondet, a spurious wakeup) tries every alternative, with no reduction.
 */
final class DporNode {
    final boolean scheduling;
    /** Scheduling: the candidate threads' ids, in option order. */
    final int[] candidates;
    /** Data: how many alternatives. */
    final int options;
    final Map<Integer, Footprint> sleepAtEntry;
    /** The thread id (scheduling) or alternative (data) the current execution takes. */
    int chosen;
    final TreeSet<Integer> done = new TreeSet<>();
    final TreeSet<Integer> backtrack = new TreeSet<>();
    /**
     * The footprint of the event each tried thread ran from here, or null when that event cannot
     * sleep (it was cut short, or made a data choice).
     */
    final Map<Integer, Footprint> explored = new TreeMap<>();

    private DporNode(boolean scheduling, int[] candidates, int options, Map<Integer, Footprint> sleep, int chosen) {
        this.scheduling = scheduling;
        this.candidates = candidates;
        this.options = options;
        this.sleepAtEntry = sleep;
        this.chosen = chosen;
        done.add(chosen);
        backtrack.add(chosen);
    }

    static DporNode scheduling(int[] candidates, Map<Integer, Footprint> sleep, int chosen) {
        return new DporNode(true, candidates, candidates.length, sleep, chosen);
    }

    static DporNode data(int options, Map<Integer, Footprint> sleep) {
        return new DporNode(false, null, options, sleep, 0);
    }

    /** The option index of thread {@code tid}, or -1 when it is not a candidate. */
    int optionOf(int tid) {
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] == tid) {
                return i;
            }
        }
        return -1;
    }

    /** The next thread or alternative to try here, or -1 when none is left. */
    int nextAlternative() {
        if (!scheduling) {
            for (int a = 0; a < options; a++) {
                if (!done.contains(a)) {
                    return a;
                }
            }
            return -1;
        }
        for (int tid : candidates) {
            if (backtrack.contains(tid) && !done.contains(tid) && !sleepAtEntry.containsKey(tid)) {
                return tid;
            }
        }
        return -1;
    }

    /** Flanagan and Godefroid: try {@code tid} here if it is a candidate, else every candidate. */
    void addBacktrack(int tid) {
        if (optionOf(tid) >= 0) {
            backtrack.add(tid);
        } else {
            for (int c : candidates) {
                backtrack.add(c);
            }
        }
    }
}
