package org.threadlab.explore.strategy;

import java.util.Arrays;

/**
 * What one event of an execution touched, for DPOR's dependency relation: byte ranges of memory,
 * each read or written, or "global" (the event may depend on anything). Synchronisation objects
 * are named by the memory of their pthread_*_t or sem_t, and an operation on one is a write of
 * that range, so two operations on the same object, or one and a plain access to its bytes, are
 * dependent, and operations on different objects are not. See {@link Dpor} for why that is sound.
 */
final class Footprint {
    /** Depends on everything. */
    static final Footprint GLOBAL = new Footprint();

    static {
        GLOBAL.global = true;
    }

    private boolean global;
    private long[] starts = new long[2];
    private long[] ends = new long[2];
    private boolean[] writes = new boolean[2];
    private int size;

    boolean isGlobal() {
        return global;
    }

    boolean isEmpty() {
        return !global && size == 0;
    }

    void makeGlobal() {
        global = true;
    }

    /** Adds an access to {@code [address, address + bytes)}. */
    void add(long address, int bytes, boolean write) {
        for (int i = 0; i < size; i++) { // the same access again (a loop): nothing new
            if (starts[i] == address && ends[i] == address + bytes && (writes[i] || !write)) {
                return;
            }
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            writes = Arrays.copyOf(writes, size * 2);
        }
        starts[size] = address;
        ends[size] = address + bytes;
        writes[size++] = write;
    }

    void addAll(Footprint other) {
        if (other.global) {
            global = true;
        }
        for (int i = 0; i < other.size; i++) {
            add(other.starts[i], (int) (other.ends[i] - other.starts[i]), other.writes[i]);
        }
    }

    /** True when the two events may not commute: either is global, or they overlap with a write. */
    boolean dependsOn(Footprint other) {
        if (global || other.global) {
            return true;
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < other.size; j++) {
                if ((writes[i] || other.writes[j]) && starts[i] < other.ends[j] && other.starts[j] < ends[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        if (global) {
            return "global";
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : ", ").append(writes[i] ? "W " : "R ").append(Long.toHexString(starts[i]))
                    .append('+').append(ends[i] - starts[i]);
        }
        return b.append('}').toString();
    }
}
