package org.threadlab.vm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.threadlab.cc.SourcePos;

/**
 * A run-time fault of the C program: its kind, one plain sentence, the thread (kernel tid; 0 when
 * the program could not even be loaded) that faulted, the source position of the faulting
 * instruction (null when unknown), the address involved (0 when none) and the call stack at the
 * fault, innermost first (its first entry is {@code pos}; empty when unknown), so a report can say
 * "in worker, called from main at prog.c:30".
 */
public record Fault(FaultKind kind, String message, int tid, SourcePos pos, long address, List<SourcePos> backtrace) {

    public Fault {
        backtrace = backtrace == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(backtrace));
    }

    /** A fault without a call stack. */
    public Fault(FaultKind kind, String message, int tid, SourcePos pos, long address) {
        this(kind, message, tid, pos, address, List.of());
    }

    /** "prog.c:12:5: thread 2: out-of-bounds access: ..." (the position is left out when unknown). */
    @Override
    public String toString() {
        return (pos == null ? "" : pos + ": ") + "thread " + tid + ": " + message;
    }
}
