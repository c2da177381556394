package org.threadlab.kernel.prop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventFormatter;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.sync.Mutex;

/**
 * Runs a program under a setup, one {@link Kernel#step()} at a time, with every invariant
 * watching: each event goes to {@link Invariant#onEvent} as it is emitted, and
 * {@link Invariant#afterStep} runs between steps. The run stops at the first violation, when
 * nothing can run, or when the instruction budget is spent. A kernel exception is a violation.
 */
public final class ProgramRunner {
    private static final int TAIL = 25;

    private ProgramRunner() {
    }

    /** Runs with the {@link #standardInvariants()}. */
    public static RunOutcome run(KernelProgram program, RunSetup setup) {
        return run(program, setup, standardInvariants(), false);
    }

    /** Fresh kernel-wide invariants plus those of every kind in {@link ProgramGenerator#KINDS}. */
    public static List<Invariant> standardInvariants() {
        return invariants(ProgramGenerator.KINDS);
    }

    /** Fresh kernel-wide invariants plus those of every kind in {@code kinds}. */
    public static List<Invariant> invariants(List<OpKind> kinds) {
        List<Invariant> invariants = new ArrayList<>(KernelInvariants.fresh());
        for (OpKind kind : kinds) {
            invariants.addAll(kind.newInvariants());
        }
        return invariants;
    }

    /**
     * Runs checking exactly {@code invariants} (fresh instances: they keep state); with
     * {@code keepLog} the outcome holds the whole event log.
     */
    public static RunOutcome run(KernelProgram program, RunSetup setup, List<Invariant> invariants, boolean keepLog) {
        return run(program, setup.config(), setup.newChooser(), setup.budget(), invariants, keepLog);
    }

    /** As above with an explicit {@code chooser} (a recording or replaying one, say). */
    public static RunOutcome run(KernelProgram program, KernelConfig config, Chooser chooser, long budget,
                                 List<Invariant> invariants, boolean keepLog) {
        Kernel kernel = new Kernel(config, chooser);
        RunView view = new RunView(kernel);
        Observer observer = new Observer(view, invariants, keepLog);
        kernel.setSink(observer);
        long steps = 0;
        String end;
        try {
            SimProcess process = kernel.createProcess("prop", AddressSpace.NONE);
            for (ObjectSpec spec : program.objects()) {
                view.addObject(spec.create(kernel));
            }
            for (ThreadSpec spec : program.threads()) {
                SimThread t = kernel.createThread(process, spec.label(), new ProgramBody(view, spec.ops(), spec.rounds()),
                        ThreadAttr.explicit(spec.priority(), spec.policy()), null);
                view.addThread(t);
            }
            for (Invariant inv : invariants) {
                inv.start(view);
            }
            end = "budget";
            while (observer.violation == null && kernel.instructions() < budget) {
                if (!kernel.step()) {
                    end = kernel.liveThreads() == 0 ? "finished" : "quiescent";
                    break;
                }
                steps++;
                observer.steps = steps;
                observer.check();
            }
        } catch (RuntimeException e) {
            StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            observer.violate("kernel threw " + e + (top == null ? "" : " at " + top));
            end = "exception";
        }
        if (observer.violation != null) {
            end = "violation";
        }
        return new RunOutcome(observer.violation, steps, end, observer.events, observer.digest(),
                finalState(view), List.copyOf(observer.tail), keepLog ? observer.log.toString() : null);
    }

    /** Every thread of the program (reaped ones too) and every object, one per line, for comparing runs. */
    static String finalState(RunView view) {
        Kernel k = view.kernel();
        StringBuilder sb = new StringBuilder();
        sb.append("tick ").append(k.tick()).append(" instructions ").append(k.instructions())
                .append(" switches ").append(k.contextSwitches()).append('\n');
        for (SimThread t : view.threads()) {
            sb.append(t.label()).append(" tid ").append(t.tid()).append(' ').append(t.state())
                    .append(" prio ").append(t.priority()).append('/').append(t.basePriority())
                    .append(" on ").append(t.waitingOn() == null ? "-" : t.waitingOn().name())
                    .append(" result ").append(t.result()).append(" value ").append(t.value())
                    .append(" instr ").append(t.instructions()).append(" exit ").append(t.exitValue())
                    .append(" owns ").append(t.owned()).append('\n');
        }
        for (KernelObject o : view.objects()) {
            sb.append(o.name());
            if (o instanceof Mutex m) {
                sb.append(" owner ").append(m.owner() == null ? "-" : m.owner().tid());
            }
            sb.append(" waiters");
            for (SimThread w : o.waiters().toList()) {
                sb.append(' ').append(w.tid());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The sink: hashes every formatted event line, keeps the last few, and runs the invariants. */
    private static final class Observer implements EventSink {
        private final RunView view;
        private final List<Invariant> invariants;
        private final MessageDigest sha;
        private final ArrayDeque<String> tail = new ArrayDeque<>();
        private final StringBuilder log;
        private long events;
        private long steps;
        private String violation;

        Observer(RunView view, List<Invariant> invariants, boolean keepLog) {
            this.view = view;
            this.invariants = invariants;
            this.log = keepLog ? new StringBuilder() : null;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void accept(KernelEvent event) {
            String line = EventFormatter.format(event);
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            events++;
            if (log != null) {
                log.append(line).append('\n');
            }
            tail.addLast(line);
            if (tail.size() > TAIL) {
                tail.removeFirst();
            }
            for (Invariant inv : invariants) {
                if (violation == null) {
                    violate(inv.onEvent(event, view));
                }
            }
        }

        void check() {
            for (Invariant inv : invariants) {
                if (violation == null) {
                    violate(inv.afterStep(view));
                }
            }
        }

        void violate(String v) {
            if (v != null && violation == null) {
                violation = "after step " + steps + " (instruction " + view.kernel().instructions() + ", tick "
                        + view.kernel().tick() + "): " + v;
            }
        }

        String digest() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
