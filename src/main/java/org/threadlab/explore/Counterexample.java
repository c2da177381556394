package org.threadlab.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threadlab.cc.SourcePos;
import org.threadlab.explore.race.RaceDetector;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.SwitchReason;
import org.threadlab.kernel.event.ContextSwitched;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;

/**
 * A failing schedule explained: replayed once more while recording every visible step (the
 * thread, and the source line of the shared access or call that ended the step) and every switch
 * the chooser made, then printed with one column per thread, the preemptions marked, and the
 * failure at the bottom.
 */
public final class Counterexample {
    private static final int MAX_COLUMN = 44;
    /** Rows shown of a run that goes on without end (a livelock or starvation: {@link Execution#shownInstructions}). */
    private static final int MAX_ENDLESS_ROWS = 60;

    /** A row: a step of thread {@code tid} at {@code where}, or a switch note when tid is 0. */
    record Row(int tid, String where, String note) {
    }

    private final Map<Integer, String> threads = new TreeMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Execution execution;
    /** What the step being recorded did to shared memory ("reads count"), or null. */
    private String access;

    private Counterexample(Execution execution) {
        this.execution = execution;
    }

    /** Replays {@code failing}'s schedule on {@code target} and records its steps. */
    public static Counterexample of(Target target, Execution failing) {
        Counterexample c = new Counterexample(failing);
        ChoiceLog replay = ChoiceLog.of(failing.schedule());
        ChoicePoint[] last = new ChoicePoint[1];
        Machine machine = target.start((point, options, realistic) -> {
            last[0] = point;
            return replay.choose(point, options, realistic);
        });
        RaceDetector races = target.checks().races() ? RaceDetector.attach(machine) : null; // stops the replay at the race
        machine.setAccessListener((thread, address, bytes, write) -> {
            c.access = (write ? "writes " : "reads ") + MemoryNames.place(machine.memory(), address);
            if (races != null) {
                races.onSharedAccess(thread, address, bytes, write);
            }
        });
        machine.kernel().setStepListener((SimThread t, int used, StepEnd end) -> c.step(machine, t, end));
        machine.kernel().setSink(event -> {
            if (event instanceof ContextSwitched s && s.reason() == SwitchReason.CHOSEN) {
                c.rows.add(new Row(0, "", last[0] == ChoicePoint.PREEMPT
                        ? "preempted: thread " + s.fromTid() + " -> thread " + s.toTid() + " (a timer interrupt here; thread "
                                + s.toTid() + " was READY at the same priority)"
                        : "thread " + s.toTid() + " gets the CPU before thread " + s.fromTid()
                                + " (both READY at the same priority)"));
            }
        });
        machine.run(failing.shownInstructions());
        if (c.endless()) {
            c.rows.add(new Row(0, "", "... and so on: the threads go on like this"));
        }
        return c;
    }

    private void step(Machine machine, SimThread t, StepEnd end) {
        threads.putIfAbsent(t.tid(), t.label());
        if (end == StepEnd.LOCAL || endless() && rows.size() >= MAX_ENDLESS_ROWS) {
            return;
        }
        VmThread vm = machine.thread(t.tid());
        SourcePos pos = vm == null ? null : vm.lastStepPos();
        String where = pos == null ? "(start)" : pos.line() + ": " + pos.lineText().strip();
        String did = end == StepEnd.SHARED_ACCESS && access != null ? access : "";
        access = null;
        Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null && last.tid() == t.tid() && last.where().equals(where) && last.note().equals(did)) {
            return; // a loop spinning on one line reads as one row
        }
        rows.add(new Row(t.tid(), where, did));
    }

    /** True for a failure that repeats without end: its table shows how it begins. */
    private boolean endless() {
        return execution.bug() == BugKind.LIVELOCK || execution.bug() == BugKind.STARVATION;
    }

    /** The table, then the failure. */
    public String render() {
        List<Integer> tids = new ArrayList<>(threads.keySet());
        int width = 12;
        for (Row r : rows) {
            width = Math.max(width, text(r).length());
        }
        for (int tid : tids) {
            width = Math.max(width, header(tid).length());
        }
        width = Math.min(width, MAX_COLUMN) + 2;
        StringBuilder sb = new StringBuilder();
        for (int tid : tids) {
            sb.append(cell(header(tid), width));
        }
        trimEnd(sb);
        sb.append('\n');
        for (int i = 0; i < tids.size(); i++) {
            sb.append(cell("-".repeat(width - 2), width));
        }
        trimEnd(sb);
        sb.append('\n');
        for (Row r : rows) {
            if (r.tid() == 0) {
                sb.append("  ~~ ").append(r.note()).append('\n');
                continue;
            }
            for (int tid : tids) {
                sb.append(cell(tid == r.tid() ? text(r) : "", width));
            }
            trimEnd(sb);
            sb.append('\n');
        }
        sb.append(execution.message());
        return sb.toString();
    }

    private String header(int tid) {
        return "thread " + tid + " (" + threads.get(tid) + ")";
    }

    private static String text(Row r) {
        return r.note().isEmpty() ? r.where() : r.where() + "  [" + r.note() + "]";
    }

    private static String cell(String text, int width) {
        String t = text.length() > width - 2 ? text.substring(0, width - 3) + "~" : text;
        return t + " ".repeat(width - t.length());
    }

    private static void trimEnd(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
    }
}
