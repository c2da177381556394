package org.threadlab.kernel.pool;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.kernel.SimThread;

/**
 * The threads of one pool and where the pool counts each: a list sorted by thread id, which is
 * creation order (the USE_SELF caller joins before any thread is created), found by binary
 * search, so the per-request pool calls allocate nothing and iterate deterministically.
 */
final class PoolMembers {
    /** A pool thread: in the processing operation or not, and whether it was already counted out. */
    static final class Member {
        final SimThread thread;
        boolean processing;
        /** Counted out by destroy or control: the thread must only leave now. */
        boolean terminating;

        Member(SimThread thread) {
            this.thread = thread;
        }
    }

    private final List<Member> members = new ArrayList<>();

    /** The member for {@code t}, or null. */
    Member find(SimThread t) {
        int i = indexOf(t.tid());
        return i >= 0 ? members.get(i) : null;
    }

    /** Adds a member for {@code t}, which must not be one yet. */
    Member add(SimThread t) {
        int i = indexOf(t.tid());
        if (i >= 0) {
            throw new IllegalStateException(t.name() + " is already a pool thread");
        }
        Member m = new Member(t);
        members.add(-(i + 1), m);
        return m;
    }

    void remove(Member m) {
        members.remove(indexOf(m.thread.tid()));
    }

    int size() {
        return members.size();
    }

    /** The {@code i}-th member in creation order. */
    Member get(int i) {
        return members.get(i);
    }

    /** The members' threads in creation order (a copy). */
    List<SimThread> threads() {
        List<SimThread> list = new ArrayList<>(members.size());
        for (Member m : members) {
            list.add(m.thread);
        }
        return list;
    }

    /** Binary search by tid: the index, or -(insertion point) - 1. */
    private int indexOf(int tid) {
        int lo = 0;
        int hi = members.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int midTid = members.get(mid).thread.tid();
            if (midTid < tid) {
                lo = mid + 1;
            } else if (midTid > tid) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }
}
