package org.threadlab.kernel;

import java.util.Arrays;

/**
 * Pending timeouts (sleeps, timed waits), a binary min-heap of threads ordered by expiry tick,
 * then by arming order so equal expiries fire deterministically. A thread has at most one timer;
 * {@link SimThread#timerIndex} is its slot, or -1.
 */
final class TimerQueue {
    private SimThread[] heap = new SimThread[16];
    private int size;
    private long armed;

    /** Takes {@code from}'s timers, as copies (see {@link KernelCopy#copy}); this queue is new. */
    void copyFrom(TimerQueue from, KernelCopy c) {
        heap = new SimThread[from.heap.length];
        for (int i = 0; i < from.size; i++) {
            heap[i] = c.thread(from.heap[i]);
        }
        size = from.size;
        armed = from.armed;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Expiry tick of the earliest timer; only valid when not empty. */
    long earliest() {
        return heap[0].wakeTick;
    }

    void arm(SimThread t, long wakeTick) {
        if (t.timerIndex >= 0) {
            throw new IllegalStateException("thread " + t.tid() + " already has a timer");
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        t.wakeTick = wakeTick;
        t.timerSeq = armed++;
        t.timerIndex = size;
        heap[size++] = t;
        siftUp(t.timerIndex);
    }

    void cancel(SimThread t) {
        int i = t.timerIndex;
        if (i < 0) {
            return;
        }
        t.timerIndex = -1;
        SimThread last = heap[--size];
        heap[size] = null;
        if (i < size) {
            heap[i] = last;
            last.timerIndex = i;
            siftDown(i);
            siftUp(last.timerIndex);
        }
    }

    /** Removes and returns the earliest timer if it expires at or before {@code tick}, else null. */
    SimThread pollExpired(long tick) {
        if (size == 0 || heap[0].wakeTick > tick) {
            return null;
        }
        SimThread t = heap[0];
        cancel(t);
        return t;
    }

    private static boolean before(SimThread a, SimThread b) {
        return a.wakeTick < b.wakeTick || (a.wakeTick == b.wakeTick && a.timerSeq < b.timerSeq);
    }

    private void siftUp(int i) {
        SimThread t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, heap[parent])) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(t, i);
    }

    private void siftDown(int i) {
        SimThread t = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], t)) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(t, i);
    }

    private void place(SimThread t, int i) {
        heap[i] = t;
        t.timerIndex = i;
    }
}
