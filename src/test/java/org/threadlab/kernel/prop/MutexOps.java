package org.threadlab.kernel.prop;

import java.util.List;
import java.util.SplittableRandom;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.kernel.sync.MutexKind;

/**
 * Mutex operations: 1..3 mutexes of random kinds, with and without priority inheritance. Most
 * segments are critical sections (lock, trylock or timedlock; nested segments; unlock); in
 * careless threads a fifth are misuse on purpose: an unlock of a mutex the thread does not hold, a lock never unlocked (the
 * thread may die holding it), a relock by the owner.
 */
public final class MutexOps implements OpKind {

    /** A mutex to create. */
    public record MutexSpec(String name, MutexKind kind, boolean inheritance) implements ObjectSpec {
        @Override
        public KernelObject create(Kernel kernel) {
            return Mutex.create(kernel, name, kind, inheritance);
        }

        @Override
        public String toString() {
            return name + " " + kind + (inheritance ? " inherit" : " no-inherit");
        }
    }

    /** pthread_mutex_lock. */
    public record Lock(String mutex) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(mutex, Mutex.class).lock(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return mutex.equals(name);
        }

        @Override
        public String toString() {
            return "lock " + mutex;
        }
    }

    /** pthread_mutex_trylock. */
    public record TryLock(String mutex) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(mutex, Mutex.class).tryLock(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return mutex.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return List.of(new Lock(mutex));
        }

        @Override
        public String toString() {
            return "trylock " + mutex;
        }
    }

    /** pthread_mutex_timedlock with a timeout of {@code ticks}. */
    public record TimedLock(String mutex, int ticks) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(mutex, Mutex.class).timedLock(kernel, self, ticks);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return mutex.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return List.of(new Lock(mutex));
        }

        @Override
        public String toString() {
            return "timedlock " + mutex + " " + ticks;
        }
    }

    /** pthread_mutex_unlock. */
    public record Unlock(String mutex) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(mutex, Mutex.class).unlock(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return mutex.equals(name);
        }

        @Override
        public String toString() {
            return "unlock " + mutex;
        }
    }

    @Override
    public void declare(SplittableRandom random, ProgramDraft program) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(4);
            MutexKind kind = k < 2 ? MutexKind.NORMAL : k == 2 ? MutexKind.ERROR_CHECK : MutexKind.RECURSIVE;
            program.add(new MutexSpec("m" + i, kind, random.nextInt(10) < 7));
        }
    }

    @Override
    public void segment(SplittableRandom random, ThreadDraft thread) {
        List<MutexSpec> mutexes = thread.program().objects(MutexSpec.class);
        if (mutexes.isEmpty()) {
            return;
        }
        String m = mutexes.get(random.nextInt(mutexes.size())).name();
        if (!thread.careless() && !thread.inLockOrder(m)) {
            thread.add(new BasicOps.Compute(1 + random.nextInt(3)));
            return;
        }
        int roll = thread.careless() ? random.nextInt(100) : 100;
        if (roll < 8) {
            thread.add(new Unlock(m));
            thread.released(m);
        } else if (roll < 14) {
            thread.add(new Lock(m));
            thread.acquired(m);
        } else if (roll < 20) {
            thread.add(new Lock(m));
            thread.add(new Lock(m));
            thread.add(new Unlock(m));
            thread.add(new Unlock(m));
        } else {
            criticalSection(random, thread, m);
        }
    }

    /** lock/trylock/timedlock m; up to two nested segments or computes; unlock m. */
    static void criticalSection(SplittableRandom random, ThreadDraft thread, String m) {
        int how = random.nextInt(20);
        thread.add(how < 12 ? new Lock(m) : how < 17 ? new TryLock(m) : new TimedLock(m, 1 + random.nextInt(8)));
        thread.acquired(m);
        int inner = random.nextInt(3);
        for (int i = 0; i < inner; i++) {
            if (random.nextBoolean()) {
                thread.segment(random);
            } else {
                thread.add(new BasicOps.Compute(1 + random.nextInt(5)));
            }
        }
        thread.add(new Unlock(m));
        thread.released(m);
    }

    @Override
    public int weight() {
        return 4;
    }

    @Override
    public List<Invariant> newInvariants() {
        return List.of(new MutexInvariant());
    }
}
