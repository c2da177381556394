package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Who waits for whom: an edge from each blocked thread to the threads holding the object it
 * waits on (a mutex's owner, a joined thread, an rwlock's holders). A cycle is a deadlock no
 * timer can break. Built from the kernel's state in thread-creation order, so the cycle found is
 * always the same one.
 */
public final class WaitForGraph {
    private final List<SimThread> threads;

    private WaitForGraph(List<SimThread> threads) {
        this.threads = threads;
    }

    public static WaitForGraph of(Kernel kernel) {
        return new WaitForGraph(kernel.threads());
    }

    /** The threads a blocked {@code t} waits for (empty when it runs or waits on nobody). */
    public static List<SimThread> waitsFor(SimThread t) {
        KernelObject o = t.waitingOn();
        return o == null ? List.of() : o.holders();
    }

    /**
     * The first wait-for cycle, starting from the lowest-numbered thread on one, in the order the
     * threads wait for each other (t1 waits for t2 ... waits for t1); empty when there is none.
     */
    public List<SimThread> cycle() {
        for (SimThread start : threads) {
            List<SimThread> found = cycleFrom(start);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Follows first-holder edges from {@code start}; returns the cycle if the walk closes on start. */
    private static List<SimThread> cycleFrom(SimThread start) {
        List<SimThread> path = new ArrayList<>();
        SimThread t = start;
        while (t != null && t.isAlive() && t.state().isBlocked()) {
            int seen = path.indexOf(t);
            if (seen >= 0) {
                return seen == 0 ? path : List.of();
            }
            path.add(t);
            List<SimThread> next = waitsFor(t);
            t = next.isEmpty() ? null : lowestTid(next);
        }
        return List.of();
    }

    private static SimThread lowestTid(List<SimThread> candidates) {
        SimThread best = candidates.get(0);
        for (SimThread c : candidates) {
            if (c.tid() < best.tid()) {
                best = c;
            }
        }
        return best;
    }
}
