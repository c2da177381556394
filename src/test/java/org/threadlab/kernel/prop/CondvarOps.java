package org.threadlab.kernel.prop;

import java.util.List;
import java.util.SplittableRandom;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.sync.Condvar;
import org.threadlab.kernel.sync.Mutex;

/**
 * Condvar operations: 0..2 condvars, each used with one of the program's mutexes. A segment is
 * mostly lock; wait, timedwait, signal or broadcast; unlock (or just the call, when it is drawn
 * inside a critical section of that mutex); a few waits are made without the mutex (EPERM) and
 * some signals outside it (legal).
 */
public final class CondvarOps implements OpKind {

    /** A condvar to create; {@code mutex} is the mutex generated waits use with it. */
    public record CondvarSpec(String name, String mutex) implements ObjectSpec {
        @Override
        public KernelObject create(Kernel kernel) {
            return Condvar.create(kernel, name);
        }

        @Override
        public String toString() {
            return name + " condvar";
        }
    }

    /** pthread_cond_wait. */
    public record Wait(String condvar, String mutex) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(condvar, Condvar.class).await(kernel, self, view.object(mutex, Mutex.class));
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return condvar.equals(name) || mutex.equals(name);
        }

        @Override
        public String toString() {
            return "wait " + condvar + " " + mutex;
        }
    }

    /** pthread_cond_timedwait with a timeout of {@code ticks}. */
    public record TimedWait(String condvar, String mutex, int ticks) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(condvar, Condvar.class).timedWait(kernel, self, view.object(mutex, Mutex.class), ticks);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return condvar.equals(name) || mutex.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return ticks > 1 ? List.of(new TimedWait(condvar, mutex, 1)) : List.of();
        }

        @Override
        public String toString() {
            return "timedwait " + condvar + " " + mutex + " " + ticks;
        }
    }

    /** pthread_cond_signal. */
    public record Signal(String condvar) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(condvar, Condvar.class).signal(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return condvar.equals(name);
        }

        @Override
        public String toString() {
            return "signal " + condvar;
        }
    }

    /** pthread_cond_broadcast. */
    public record Broadcast(String condvar) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(condvar, Condvar.class).broadcast(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return condvar.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return List.of(new Signal(condvar));
        }

        @Override
        public String toString() {
            return "broadcast " + condvar;
        }
    }

    @Override
    public void declare(SplittableRandom random, ProgramDraft program) {
        List<MutexOps.MutexSpec> mutexes = program.objects(MutexOps.MutexSpec.class);
        if (mutexes.isEmpty()) {
            return;
        }
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            program.add(new CondvarSpec("cv" + i, mutexes.get(random.nextInt(mutexes.size())).name()));
        }
    }

    @Override
    public void segment(SplittableRandom random, ThreadDraft thread) {
        List<CondvarSpec> condvars = thread.program().objects(CondvarSpec.class);
        if (condvars.isEmpty()) {
            return;
        }
        CondvarSpec cv = condvars.get(random.nextInt(condvars.size()));
        if (thread.holds(cv.mutex())) {
            thread.add(call(random, cv));
            return;
        }
        int roll = random.nextInt(100);
        if (!thread.careless() && !thread.inLockOrder(cv.mutex())) {
            thread.add(new Signal(cv.name()));
        } else if (roll < 6 && thread.careless()) {
            thread.add(new Wait(cv.name(), cv.mutex()));
        } else if (roll < 20) {
            thread.add(random.nextBoolean() ? new Signal(cv.name()) : new Broadcast(cv.name()));
        } else {
            thread.add(new MutexOps.Lock(cv.mutex()));
            thread.acquired(cv.mutex());
            if (random.nextBoolean()) {
                thread.add(new BasicOps.Compute(1 + random.nextInt(4)));
            }
            thread.add(call(random, cv));
            thread.add(new MutexOps.Unlock(cv.mutex()));
            thread.released(cv.mutex());
        }
    }

    /** A condvar call made with the mutex held. */
    private static Op call(SplittableRandom random, CondvarSpec cv) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return new Wait(cv.name(), cv.mutex());
        } else if (roll < 50) {
            return new TimedWait(cv.name(), cv.mutex(), 1 + random.nextInt(10));
        } else if (roll < 80) {
            return new Signal(cv.name());
        }
        return new Broadcast(cv.name());
    }

    @Override
    public int weight() {
        return 3;
    }

    @Override
    public List<Invariant> newInvariants() {
        return List.of(new CondvarInvariant());
    }

    /** Every waiter of a condvar is in CONDVAR state and does not own the mutex it waits with. */
    static final class CondvarInvariant implements Invariant {
        @Override
        public String afterStep(RunView view) {
            for (Condvar cv : view.objects(Condvar.class)) {
                for (SimThread w : cv.waiters().toList()) {
                    if (w.state() != ThreadState.CONDVAR) {
                        return "thread " + w.tid() + " waits on " + cv.name() + " in state " + w.state();
                    }
                    if (w.waitData() instanceof Mutex m && m.owner() == w) {
                        return "thread " + w.tid() + " waits on " + cv.name() + " while owning " + m.name();
                    }
                }
            }
            return null;
        }
    }
}
