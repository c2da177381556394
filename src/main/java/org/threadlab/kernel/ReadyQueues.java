package org.threadlab.kernel;

import java.util.Arrays;

/**
 * The READY queues of seed 003: one FIFO per priority 0..255, and a bitmap of the non-empty ones
 * so the highest READY priority is found in a few instructions. Intrusive through
 * {@link SimThread}; a thread is on at most one ready queue, and only while READY.
 */
final class ReadyQueues {
    static final int PRIORITIES = 256;

    /** Each level's first and last thread, for levels 0..length-1; grown to the highest level used. */
    private SimThread[] heads = new SimThread[16];
    private SimThread[] tails = new SimThread[16];
    private final long[] nonEmpty = new long[PRIORITIES / 64];
    private int size;

    /** Takes {@code from}'s queues, as copies (see {@link KernelCopy#copy}); these are new. */
    void copyFrom(ReadyQueues from, KernelCopy c) {
        for (int word = 0; word < nonEmpty.length; word++) {
            for (long bits = from.nonEmpty[word]; bits != 0; bits &= bits - 1) {
                int p = word * 64 + Long.numberOfTrailingZeros(bits);
                grow(p);
                heads[p] = c.thread(from.heads[p]);
                tails[p] = c.thread(from.tails[p]);
            }
        }
        System.arraycopy(from.nonEmpty, 0, nonEmpty, 0, nonEmpty.length);
        size = from.size;
    }

    /** Queues {@code t} behind the others of its priority (expired, yielded, unblocked, new). */
    void addTail(SimThread t) {
        int p = t.priority;
        grow(p);
        t.readyNext = null;
        t.readyPrev = tails[p];
        if (tails[p] == null) {
            heads[p] = t;
            nonEmpty[p >>> 6] |= 1L << (p & 63);
        } else {
            tails[p].readyNext = t;
        }
        tails[p] = t;
        t.onReadyQueue = true;
        size++;
    }

    /** Queues {@code t} before the others of its priority (preempted). */
    void addHead(SimThread t) {
        int p = t.priority;
        grow(p);
        t.readyPrev = null;
        t.readyNext = heads[p];
        if (heads[p] == null) {
            tails[p] = t;
            nonEmpty[p >>> 6] |= 1L << (p & 63);
        } else {
            heads[p].readyPrev = t;
        }
        heads[p] = t;
        t.onReadyQueue = true;
        size++;
    }

    void remove(SimThread t) {
        int p = t.priority;
        if (t.readyPrev == null) {
            heads[p] = t.readyNext;
        } else {
            t.readyPrev.readyNext = t.readyNext;
        }
        if (t.readyNext == null) {
            tails[p] = t.readyPrev;
        } else {
            t.readyNext.readyPrev = t.readyPrev;
        }
        if (heads[p] == null) {
            nonEmpty[p >>> 6] &= ~(1L << (p & 63));
        }
        t.readyNext = null;
        t.readyPrev = null;
        t.onReadyQueue = false;
        size--;
    }

    /** The highest priority with a READY thread, or -1 when none is READY. */
    int highestPriority() {
        for (int word = nonEmpty.length - 1; word >= 0; word--) {
            long bits = nonEmpty[word];
            if (bits != 0) {
                return word * 64 + 63 - Long.numberOfLeadingZeros(bits);
            }
        }
        return -1;
    }

    /** The highest priority below {@code limit} with a READY thread, or -1 when none is. */
    int highestPriorityBelow(int limit) {
        for (int p = limit - 1; p >= 0; p = (p & ~63) - 1) {
            long bits = nonEmpty[p >>> 6] & (-1L >>> (63 - (p & 63))); // levels p & ~63 .. p
            if (bits != 0) {
                return (p & ~63) + 63 - Long.numberOfLeadingZeros(bits);
            }
        }
        return -1;
    }

    /** Makes room for level {@code p} (a thread pool or a priority change can use any of 0..255). */
    private void grow(int p) {
        if (p >= heads.length) {
            int n = Math.min(PRIORITIES, Math.max(p + 1, heads.length * 2));
            heads = Arrays.copyOf(heads, n);
            tails = Arrays.copyOf(tails, n);
        }
    }

    /** The first READY thread of priority {@code p}, or null. */
    SimThread first(int p) {
        return p < heads.length ? heads[p] : null;
    }

    /** How many threads are READY at priority {@code p}. */
    int count(int p) {
        int n = 0;
        for (SimThread t = first(p); t != null; t = t.readyNext) {
            n++;
        }
        return n;
    }

    /** The {@code k}-th READY thread at priority {@code p}, from 0 (the head). */
    SimThread nth(int p, int k) {
        SimThread t = first(p);
        for (int i = 0; i < k; i++) {
            t = t.readyNext;
        }
        return t;
    }

    /** Removes and returns the thread that should run next, or null. */
    SimThread pollHighest() {
        int p = highestPriority();
        if (p < 0) {
            return null;
        }
        SimThread t = heads[p];
        remove(t);
        return t;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }
}
