package org.threadlab.explore.strategy;

/**
 * The stateful search's visited set: 128-bit state digests in an open-addressing table of two
 * long arrays (16 bytes a state, at most half full). The digest (0, 0) is stored as (0, 1).
 */
final class StateSet {
    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    private int size;

    /** Adds the digest; false when it was already there. */
    boolean add(long h, long l) {
        if (h == 0 && l == 0) {
            l = 1;
        }
        if (2 * (size + 1) > high.length) {
            grow();
        }
        return insert(high, low, h, l);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] hs, long[] ls, long h, long l) {
        int mask = hs.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hs[i] != 0 || ls[i] != 0) {
            if (hs[i] == h && ls[i] == l) {
                return false;
            }
            i = (i + 1) & mask;
        }
        hs[i] = h;
        ls[i] = l;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        high = new long[oldHigh.length * 2];
        low = new long[oldLow.length * 2];
        size = 0;
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                insert(high, low, oldHigh[i], oldLow[i]);
            }
        }
    }
}
