package org.threadlab.explore.race;

import org.threadlab.cc.SourcePos;

/**
 * One memory access remembered for race checks: the thread (id and label), its clock at the
 * access (a FastTrack epoch: time {@code time} of thread {@code tid}), read or write, and the
 * accessing instruction's source position (null when unknown).
 */
public record Access(int tid, String label, int time, boolean write, SourcePos pos) {
    /** "thread 2 (inc) writes at racy.c:10 \"count++;\"". */
    public String describe() {
        return "thread " + tid + " (" + label + ") " + (write ? "writes" : "reads") + " at " + where();
    }

    /** "racy.c:10 \"count++;\"", or "an unknown line". */
    public String where() {
        if (pos == null) {
            return "an unknown line";
        }
        return pos.file().name() + ":" + pos.line() + " \"" + pos.lineText().strip() + "\"";
    }

    /** The part two runs compare: the line and the kind of access, not the thread. */
    String key() {
        return (pos == null ? "?" : pos.file().name() + ":" + pos.line()) + (write ? " write" : " read");
    }
}
