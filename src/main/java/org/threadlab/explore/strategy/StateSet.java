package org.threadlab.explore.strategy;

/**
 * The stateful search's visited set: 128-bit state digests in an open-addressing table of three
 * long arrays (24 bytes a state, at most half full), each digest with a word of the search's own
 * (the sleep set it was expanded with, as a mask of thread ids). The digest (0, 0) is stored as
 * (0, 1).
 */
final class StateSet {
    /** What {@link #putIfAbsent} returns for a digest that was not there. */
    static final long ABSENT = Long.MIN_VALUE;

    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    private long[] word = new long[1 << 12];
    private int size;

    /** Adds the digest; false when it was already there. */
    boolean add(long h, long l) {
        return putIfAbsent(h, l, 0) == ABSENT;
    }

    /** Adds the digest with {@code value}, or returns the value it already has. */
    long putIfAbsent(long h, long l, long value) {
        if (h == 0 && l == 0) {
            l = 1;
        }
        if (2 * (size + 1) > high.length) {
            grow();
        }
        int i = slot(high, low, h, l);
        if (high[i] != 0 || low[i] != 0) {
            return word[i];
        }
        high[i] = h;
        low[i] = l;
        word[i] = value;
        size++;
        return ABSENT;
    }

    /** Sets the value of a digest that is in the set. */
    void set(long h, long l, long value) {
        if (h == 0 && l == 0) {
            l = 1;
        }
        word[slot(high, low, h, l)] = value;
    }

    int size() {
        return size;
    }

    /** The slot holding the digest, or the empty slot where it would go. */
    private static int slot(long[] hs, long[] ls, long h, long l) {
        int mask = hs.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while ((hs[i] != 0 || ls[i] != 0) && (hs[i] != h || ls[i] != l)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] oldWord = word;
        high = new long[oldHigh.length * 2];
        low = new long[oldLow.length * 2];
        word = new long[oldWord.length * 2];
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                int j = slot(high, low, oldHigh[i], oldLow[i]);
                high[j] = oldHigh[i];
                low[j] = oldLow[i];
                word[j] = oldWord[i];
            }
        }
    }
}
