package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.SwitchReason;
import org.threadlab.kernel.event.ContextSwitched;
import org.threadlab.kernel.event.KernelEvent;

/**
 * Atomic sections (SV-COMP's __VERIFIER_atomic_begin/_end): a segment is begin; one nested
 * segment of any kind (which may block, yield or exit inside the section); end. Its invariant:
 * while a thread runs inside a section, no other thread executes a step, and it leaves its CPU
 * only of its own accord (never preempted, never rotated at the end of its timeslice).
 */
public final class AtomicOps implements OpKind {

    /** __VERIFIER_atomic_begin. */
    public record Begin() implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.beginAtomic(self);
            return 1;
        }

        @Override
        public String toString() {
            return "atomic begin";
        }
    }

    /** __VERIFIER_atomic_end; as the C library, it does nothing outside a section (the shrinker may drop a begin). */
    public record End() implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            if (self.atomicDepth() > 0) {
                kernel.endAtomic(self);
            }
            return 1;
        }

        @Override
        public String toString() {
            return "atomic end";
        }
    }

    @Override
    public void declare(SplittableRandom random, ProgramDraft program) {
    }

    @Override
    public void segment(SplittableRandom random, ThreadDraft thread) {
        thread.add(new Begin());
        thread.segment(random);
        thread.add(new End());
    }

    @Override
    public List<Invariant> newInvariants() {
        return List.of(new Exclusive());
    }

    /**
     * The thread that executed each step (the one whose instruction count grew) is one of the
     * threads that were RUNNING inside an atomic section before it, when there were any; and no
     * thread inside a section is switched out by preemption or timeslice.
     */
    static final class Exclusive implements Invariant {
        private final List<Long> instructions = new ArrayList<>();
        private List<SimThread> inside = List.of();

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event instanceof ContextSwitched s && (s.reason() == SwitchReason.PREEMPTED
                    || s.reason() == SwitchReason.SLICE_EXPIRED) && view.threadByTid(s.fromTid()).atomicDepth() > 0) {
                return "thread " + s.fromTid() + " was switched out (" + s.reason().text()
                        + ") inside an atomic section";
            }
            return null;
        }

        @Override
        public void start(RunView view) {
            remember(view);
        }

        @Override
        public String afterStep(RunView view) {
            List<SimThread> threads = view.threads();
            for (int i = 0; i < threads.size(); i++) {
                SimThread t = threads.get(i);
                if (t.instructions() != instructions.get(i) && !inside.isEmpty() && !inside.contains(t)) {
                    return "thread " + t.tid() + " executed while thread " + inside.get(0).tid()
                            + " ran inside an atomic section";
                }
            }
            remember(view);
            return null;
        }

        private void remember(RunView view) {
            instructions.clear();
            List<SimThread> running = new ArrayList<>();
            for (SimThread t : view.threads()) {
                instructions.add(t.instructions());
                if (t.cpu() != null && t.atomicDepth() > 0) {
                    running.add(t);
                }
            }
            inside = running;
        }
    }
}
