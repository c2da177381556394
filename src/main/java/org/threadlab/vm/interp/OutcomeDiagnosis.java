package org.threadlab.vm.interp;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.SourcePos;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.WaitForGraph;
import org.threadlab.vm.Fault;

/**
 * The explanation a student reads when a run ends abnormally, as plain text:
 *
 * <pre>
 * deadlock: every live thread is blocked and no timer can wake one
 *   thread 1 (main)    MUTEX  on mutex#7  held by thread 2  at prog.c:30:5
 *   thread 2 (worker)  MUTEX  on mutex#6  held by thread 1  at prog.c:12:5
 *   wait-for cycle: thread 1 (main) -> thread 2 (worker) -> thread 1 (main)
 * </pre>
 *
 * and for a fault or a budget the thread, the line with its source text and a caret, and the
 * calls that led there. Read from the machine after {@link Machine#run} returned the outcome.
 */
public final class OutcomeDiagnosis {
    private OutcomeDiagnosis() {
    }

    /** The diagnosis of {@code outcome}; empty for a normal exit or a run still going. */
    public static String describe(Machine machine, VmOutcome outcome) {
        return switch (outcome.status()) {
            case EXITED, RUNNING -> "";
            case DEADLOCK -> deadlock(machine, outcome);
            case FAULT, BUDGET -> fault(machine, outcome.fault());
            case HALTED -> "halted: " + outcome.haltReason() + "\n";
        };
    }

    private static String deadlock(Machine machine, VmOutcome outcome) {
        StringBuilder sb = new StringBuilder("deadlock: every live thread is blocked and no timer can wake one\n");
        List<String[]> rows = new ArrayList<>();
        for (int tid : outcome.blocked()) {
            SimThread t = thread(machine, tid);
            if (t == null) {
                continue;
            }
            KernelObject on = t.waitingOn();
            List<SimThread> holders = WaitForGraph.waitsFor(t);
            SourcePos at = machine.thread(tid) == null ? null : machine.thread(tid).currentPos();
            rows.add(new String[] {
                    name(t), t.state().name(), on == null ? "" : "on " + on.name(),
                    holders.isEmpty() ? "held by nobody" : "held by " + names(holders),
                    at == null ? "" : "at " + at});
        }
        sb.append(table(rows));
        if (!outcome.cycle().isEmpty()) {
            sb.append("  wait-for cycle: ");
            for (int tid : outcome.cycle()) {
                sb.append(name(thread(machine, tid))).append(" -> ");
            }
            sb.append(name(thread(machine, outcome.cycle().get(0)))).append('\n');
        } else {
            sb.append("  no thread holds what the others wait for (e.g. a semaphore nobody posts)\n");
        }
        return sb.toString();
    }

    private static String fault(Machine machine, Fault fault) {
        if (fault == null) {
            return "";
        }
        SimThread t = thread(machine, fault.tid());
        String who = t == null ? "the program" : name(t);
        String what = switch (fault.kind()) {
            case BUDGET -> "budget exceeded in " + who;
            case LIBRARY -> who; // the library says what happened: "assertion failed: ...", "abort() called"
            default -> "fault in " + who;
        } + ": " + fault.message();
        if (fault.pos() == null) {
            return what + "\n";
        }
        String rendered = Diagnostic.error(fault.pos(), 1, fault.message()).render();
        StringBuilder sb = new StringBuilder(fault.pos() + ": " + what);
        sb.append(rendered.substring(rendered.indexOf('\n') < 0 ? rendered.length() : rendered.indexOf('\n')));
        sb.append('\n');
        for (int i = 1; i < fault.backtrace().size(); i++) {
            sb.append("  called from ").append(fault.backtrace().get(i)).append('\n');
        }
        return sb.toString();
    }

    private static SimThread thread(Machine machine, int tid) {
        for (SimThread t : machine.kernel().threads()) {
            if (t.tid() == tid) {
                return t;
            }
        }
        return null;
    }

    private static String name(SimThread t) {
        if (t == null) {
            return "a thread";
        }
        return t.name() + (t.label() == null ? "" : " (" + t.label() + ")");
    }

    private static String names(List<SimThread> threads) {
        StringBuilder sb = new StringBuilder();
        for (SimThread t : threads) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.name());
        }
        return sb.toString();
    }

    /** Columns padded to their widest cell, two spaces apart, indented by two. */
    private static String table(List<String[]> rows) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                line.append(' ').append(c == columns - 1 ? row[c] : String.format("%-" + width[c] + "s", row[c]))
                        .append(c == columns - 1 ? "" : " ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
