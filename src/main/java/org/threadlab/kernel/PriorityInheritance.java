package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Overview: priority inheritance. A mutex created with inheritance lends its owner the priority
 * of its best waiter; the owner may itself wait on another such mutex, so the loan travels
 * along the wait-for chain. After any change (a waiter arrives, leaves, times out, dies or
 * changes priority; the owner unlocks) the kernel recomputes the thread concerned and every
 * owner downstream of it.
 */
final class PriorityInheritance {
    private final Kernel kernel;

    PriorityInheritance(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Recomputes {@code t}'s effective priority as the highest of its base priority and what the
     * waiters of its owned objects lend it, and does the same for every owner further along its
     * wait-for chain, whose inherited priority may come from {@code t}.
     *
     * <p>Along a deadlock cycle the owners lend to each other, so a boost could feed itself after
     * its cause left (a timed-out waiter). The chain is therefore solved from the base priorities
     * up, to the least fixpoint, rather than by adjusting each owner from its current value.
     */
    void recompute(SimThread t, String cause) {
        KernelObject blocker = t.waitingOn;
        if (blocker == null || !blocker.lendsPriority()) {
            // t lends to nobody, so it is on no chain or cycle and its waiters' priorities are
            // exact: each lending object's best waiter (its queue is in priority order) decides.
            // The common case (every unlock) allocates nothing and does not walk the waiters.
            int p = t.basePriority;
            for (int i = 0; i < t.owned.size(); i++) {
                KernelObject o = t.owned.get(i);
                if (o.lendsPriority()) {
                    p = Math.max(p, o.inheritedPriority());
                }
            }
            if (p != t.priority) {
                kernel.setEffectivePriority(t, p, cause);
            }
            return;
        }
        List<SimThread> chain = inheritanceChain(t);
        int n = chain.size();
        int[] candidate = new int[n];
        for (int i = 0; i < n; i++) {
            candidate[i] = chain.get(i).basePriority;
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                int p = Math.max(candidate[i], lentTo(chain.get(i), chain, candidate));
                if (p != candidate[i]) {
                    candidate[i] = p;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (candidate[i] != chain.get(i).priority) {
                kernel.setEffectivePriority(chain.get(i), candidate[i], i == 0 ? cause : "inheritance");
            }
        }
    }

    /** {@code t}, then the owner of each priority-lending object along its wait-for chain. */
    private static List<SimThread> inheritanceChain(SimThread t) {
        List<SimThread> chain = new ArrayList<>(2);
        while (t != null && !chain.contains(t)) {
            chain.add(t);
            KernelObject blocker = t.waitingOn;
            t = blocker != null && blocker.lendsPriority() && !blocker.holders().isEmpty()
                    ? blocker.holders().get(0) : null;
        }
        return chain;
    }

    /** The highest priority {@code owner}'s waiters lend it, taking chain members' candidate values. */
    private static int lentTo(SimThread owner, List<SimThread> chain, int[] candidate) {
        int lent = 0;
        for (KernelObject o : owner.owned) {
            if (!o.lendsPriority()) {
                continue;
            }
            for (SimThread w = o.waiters.first(); w != null; w = w.waitNext) {
                if (w != owner) {
                    int at = chain.indexOf(w);
                    lent = Math.max(lent, at >= 0 ? candidate[at] : w.priority);
                }
            }
        }
        return lent;
    }
}
