package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The one wait queue every kernel object uses: threads ordered by priority (highest first), then
 * by how long they have waited (longest first), as seed 003 prescribes for mutexes and every
 * other object. Intrusive doubly linked list through {@link SimThread}; a thread is on at most one
 * wait queue.
 */
public final class WaitQueue {
    private SimThread head;
    private SimThread tail;
    private int size;

    /** The thread to wake first, or null. */
    public SimThread first() {
        return head;
    }

    /** The thread after {@code t} in wake order, or null. */
    public SimThread next(SimThread t) {
        return t.waitNext;
    }

    public boolean isEmpty() {
        return head == null;
    }

    public int size() {
        return size;
    }

    /** Inserts {@code t} in wake order; {@code t.waitSeq} must already be set. */
    void add(SimThread t) {
        if (t.waitQueue != null) {
            throw new IllegalStateException("thread " + t.tid() + " is already on a wait queue");
        }
        SimThread after = tail;
        while (after != null && wakesAfter(after, t)) {
            after = after.waitPrev;
        }
        t.waitPrev = after;
        t.waitNext = after == null ? head : after.waitNext;
        if (t.waitNext == null) {
            tail = t;
        } else {
            t.waitNext.waitPrev = t;
        }
        if (after == null) {
            head = t;
        } else {
            after.waitNext = t;
        }
        t.waitQueue = this;
        size++;
    }

    /** Removes {@code t}, which must be on this queue. */
    void remove(SimThread t) {
        if (t.waitQueue != this) {
            throw new IllegalStateException("thread " + t.tid() + " is not on this wait queue");
        }
        if (t.waitPrev == null) {
            head = t.waitNext;
        } else {
            t.waitPrev.waitNext = t.waitNext;
        }
        if (t.waitNext == null) {
            tail = t.waitPrev;
        } else {
            t.waitNext.waitPrev = t.waitPrev;
        }
        t.waitNext = null;
        t.waitPrev = null;
        t.waitQueue = null;
        size--;
    }

    /** True when {@code queued} is to be woken after {@code t}. */
    /** Fills the empty {@code to} with the copies of this queue's threads, in the same order. */
    void copyInto(WaitQueue to, KernelCopy c) {
        for (SimThread t = head; t != null; t = t.waitNext) {
            SimThread n = c.thread(t);
            n.waitQueue = to;
            n.waitPrev = to.tail;
            n.waitNext = null;
            if (to.tail == null) {
                to.head = n;
            } else {
                to.tail.waitNext = n;
            }
            to.tail = n;
            to.size++;
        }
    }

    private static boolean wakesAfter(SimThread queued, SimThread t) {
        return queued.priority < t.priority
                || (queued.priority == t.priority && queued.waitSeq > t.waitSeq);
    }

    /** The queued threads in wake order (a copy, for snapshots and diagnoses). */
    public List<SimThread> toList() {
        List<SimThread> list = new ArrayList<>(size);
        for (SimThread t = head; t != null; t = t.waitNext) {
            list.add(t);
        }
        return list;
    }
}
