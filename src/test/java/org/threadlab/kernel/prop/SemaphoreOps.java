package org.threadlab.kernel.prop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.LockReleased;
import org.threadlab.kernel.sync.Semaphore;

/**
 * Semaphore operations: half the programs get one counting semaphore with 0..2 units. A segment
 * is a resource section (wait, trywait or timedwait; nested segments; post), a post alone (a
 * producer) or a wait alone (a consumer).
 */
public final class SemaphoreOps implements OpKind {

    /** A semaphore to create with {@code initial} units. */
    public record SemaphoreSpec(String name, int initial) implements ObjectSpec {
        @Override
        public KernelObject create(Kernel kernel) {
            return Semaphore.create(kernel, name, initial);
        }

        @Override
        public String toString() {
            return name + " semaphore " + initial;
        }
    }

    /** sem_wait. */
    public record SemWait(String semaphore) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(semaphore, Semaphore.class).await(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return semaphore.equals(name);
        }

        @Override
        public String toString() {
            return "semwait " + semaphore;
        }
    }

    /** sem_trywait. */
    public record SemTryWait(String semaphore) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(semaphore, Semaphore.class).tryWait(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return semaphore.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return List.of(new SemWait(semaphore));
        }

        @Override
        public String toString() {
            return "semtrywait " + semaphore;
        }
    }

    /** sem_timedwait with a timeout of {@code ticks}. */
    public record SemTimedWait(String semaphore, int ticks) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(semaphore, Semaphore.class).timedWait(kernel, self, ticks);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return semaphore.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return List.of(new SemWait(semaphore));
        }

        @Override
        public String toString() {
            return "semtimedwait " + semaphore + " " + ticks;
        }
    }

    /** sem_post. */
    public record SemPost(String semaphore) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            view.object(semaphore, Semaphore.class).post(kernel, self);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return semaphore.equals(name);
        }

        @Override
        public String toString() {
            return "sempost " + semaphore;
        }
    }

    @Override
    public void declare(SplittableRandom random, ProgramDraft program) {
        if (random.nextBoolean()) {
            program.add(new SemaphoreSpec("s0", random.nextInt(3)));
        }
    }

    @Override
    public void segment(SplittableRandom random, ThreadDraft thread) {
        List<SemaphoreSpec> semaphores = thread.program().objects(SemaphoreSpec.class);
        if (semaphores.isEmpty()) {
            return;
        }
        String s = semaphores.get(random.nextInt(semaphores.size())).name();
        int roll = random.nextInt(100);
        if (roll < 45) {
            thread.add(take(random, s));
            int inner = random.nextInt(3);
            for (int i = 0; i < inner; i++) {
                if (random.nextBoolean()) {
                    thread.segment(random);
                } else {
                    thread.add(new BasicOps.Compute(1 + random.nextInt(5)));
                }
            }
            thread.add(new SemPost(s));
        } else if (roll < 72) {
            thread.add(new SemPost(s));
        } else {
            thread.add(take(random, s));
        }
    }

    private static Op take(SplittableRandom random, String s) {
        int how = random.nextInt(10);
        return how < 5 ? new SemWait(s) : how < 7 ? new SemTryWait(s) : new SemTimedWait(s, 1 + random.nextInt(8));
    }

    @Override
    public int weight() {
        return 2;
    }

    @Override
    public List<Invariant> newInvariants() {
        return List.of(new SemaphoreInvariant());
    }

    /**
     * A semaphore's value is never negative and is conserved: its initial units, plus posts,
     * minus takes (from the TOKEN events). Units and waiters never coexist (a post with waiters
     * hands its unit over), and every waiter is in SEM state.
     */
    static final class SemaphoreInvariant implements Invariant {
        private final Map<String, Integer> expected = new HashMap<>();

        @Override
        public void start(RunView view) {
            for (Semaphore s : view.objects(Semaphore.class)) {
                expected.put(s.name(), s.value());
            }
        }

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event instanceof LockAcquired a && a.mode() == LockMode.TOKEN) {
                expected.merge(a.object(), -1, Integer::sum);
            } else if (event instanceof LockReleased r && r.mode() == LockMode.TOKEN) {
                expected.merge(r.object(), 1, Integer::sum);
            }
            return null;
        }

        @Override
        public String afterStep(RunView view) {
            for (Semaphore s : view.objects(Semaphore.class)) {
                if (s.value() < 0) {
                    return s.name() + " has value " + s.value();
                }
                if (s.value() != expected.get(s.name())) {
                    return s.name() + " has value " + s.value() + " but initial + posts - takes is "
                            + expected.get(s.name());
                }
                if (s.value() > 0 && !s.waiters().isEmpty()) {
                    return s.name() + " has " + s.value() + " units while thread " + s.waiters().first().tid()
                            + " waits";
                }
                for (SimThread w : s.waiters().toList()) {
                    if (w.state() != ThreadState.SEM) {
                        return "thread " + w.tid() + " waits on " + s.name() + " in state " + w.state();
                    }
                }
            }
            return null;
        }
    }
}
