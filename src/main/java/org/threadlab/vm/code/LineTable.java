package org.threadlab.vm.code;

import java.util.Arrays;
import java.util.Objects;

import org.threadlab.cc.SourcePos;

/**
 * Maps each instruction of a function to the source position it was compiled from, as runs:
 * position {@code positions[i]} holds from code index {@code starts[i]} up to the next start.
 * Lookup is a binary search; only faults and diagnostics use it.
 */
public final class LineTable {
    public static final LineTable EMPTY = new LineTable(new int[0], new SourcePos[0]);

    private final int[] starts;
    private final SourcePos[] positions;
    /** "file:line" per run, made on first use (allocation sites of heap blocks). */
    private String[] sites;

    /** {@code starts} strictly ascending, parallel to {@code positions} (entries may be null). */
    public LineTable(int[] starts, SourcePos[] positions) {
        if (starts.length != positions.length) {
            throw new IllegalArgumentException("starts and positions differ in length");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] <= starts[i - 1]) {
                throw new IllegalArgumentException("line table starts must ascend");
            }
        }
        this.starts = starts.clone();
        this.positions = positions.clone();
    }

    /** The position of the instruction at code index {@code pc}, or null when unknown. */
    public SourcePos at(int pc) {
        int i = index(pc);
        return i < 0 ? null : positions[i];
    }

    /**
     * "prog.c:12" for the instruction at {@code pc}, or "?" when unknown; one shared string per
     * run, so a malloc in a loop does not make a string per call.
     */
    public String siteAt(int pc) {
        int i = index(pc);
        if (i < 0 || positions[i] == null) {
            return "?";
        }
        if (sites == null) {
            sites = new String[positions.length];
        }
        if (sites[i] == null) {
            sites[i] = positions[i].file().name() + ":" + positions[i].line();
        }
        return sites[i];
    }

    private int index(int pc) {
        int i = Arrays.binarySearch(starts, pc);
        return i < 0 ? -i - 2 : i;
    }

    public int size() {
        return starts.length;
    }

    /** Accumulates runs while code is emitted; consecutive equal positions share a run. */
    public static final class Builder {
        private int[] starts = new int[16];
        private SourcePos[] positions = new SourcePos[16];
        private int size;

        /** The instructions from {@code pc} on come from {@code pos}. */
        public Builder mark(int pc, SourcePos pos) {
            if (size > 0 && Objects.equals(positions[size - 1], pos)) {
                return this;
            }
            if (size > 0 && starts[size - 1] == pc) {
                positions[size - 1] = pos;
                return this;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                positions = Arrays.copyOf(positions, size * 2);
            }
            starts[size] = pc;
            positions[size++] = pos;
            return this;
        }

        public LineTable build() {
            return new LineTable(Arrays.copyOf(starts, size), Arrays.copyOf(positions, size));
        }
    }
}
