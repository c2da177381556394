package org.threadlab.kernel.prop;

import java.util.List;

import org.threadlab.kernel.Policy;

/**
 * One generated thread: its label (T1, T2, ...), scheduling, and straight-line operations that it
 * runs {@code rounds} times over before it exits.
 */
public record ThreadSpec(String label, int priority, Policy policy, int rounds, List<Op> ops) {
    public ThreadSpec {
        ops = List.copyOf(ops);
    }

    /** The same thread running {@code newOps}. */
    public ThreadSpec withOps(List<Op> newOps) {
        return new ThreadSpec(label, priority, policy, rounds, newOps);
    }

    /** The same thread running its operations only once. */
    public ThreadSpec once() {
        return new ThreadSpec(label, priority, policy, 1, ops);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(label + " prio " + priority + " " + policy
                + (rounds > 1 ? " " + rounds + " rounds" : "") + ":");
        if (ops.isEmpty()) {
            sb.append(" (exits at once)");
        }
        for (int i = 0; i < ops.size(); i++) {
            sb.append(i == 0 ? " " : "; ").append(ops.get(i));
        }
        return sb.toString();
    }
}
