package org.threadlab.kernel.prop;

import java.util.ArrayList;
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
import org.threadlab.kernel.sync.RwLock;

/**
 * Readers/writer lock operations: half the programs get one rwlock, with writer or reader
 * preference. Most segments are read or write sections (rdlock, tryrdlock, wrlock or trywrlock;
 * nested segments; unlock), taken in the program's lock order by careful threads; careless
 * threads also unlock what they do not hold, keep a lock, and relock in the other mode (EDEADLK
 * for a writer, a self-deadlock for a reader).
 */
public final class RwLockOps implements OpKind {

    /** An rwlock to create. */
    public record RwLockSpec(String name, boolean writerPreference) implements ObjectSpec {
        @Override
        public KernelObject create(Kernel kernel) {
            return RwLock.create(kernel, name, writerPreference);
        }

        @Override
        public String toString() {
            return name + " rwlock " + (writerPreference ? "writer" : "reader") + "-preference";
        }
    }

    /** The rwlock calls, one record for all five. */
    public enum Call { RDLOCK, TRYRDLOCK, WRLOCK, TRYWRLOCK, UNLOCK }

    /** pthread_rwlock_{@code call} on {@code lock}. */
    public record RwOp(Call call, String lock) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            RwLock rw = view.object(lock, RwLock.class);
            switch (call) {
                case RDLOCK -> rw.readLock(kernel, self);
                case TRYRDLOCK -> rw.tryReadLock(kernel, self);
                case WRLOCK -> rw.writeLock(kernel, self);
                case TRYWRLOCK -> rw.tryWriteLock(kernel, self);
                case UNLOCK -> rw.unlock(kernel, self);
            }
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return lock.equals(name);
        }

        @Override
        public List<Op> simpler() {
            return switch (call) {
                case TRYRDLOCK -> List.of(new RwOp(Call.RDLOCK, lock));
                case TRYWRLOCK -> List.of(new RwOp(Call.WRLOCK, lock));
                default -> List.of();
            };
        }

        @Override
        public String toString() {
            return call.name().toLowerCase() + " " + lock;
        }
    }

    @Override
    public void declare(SplittableRandom random, ProgramDraft program) {
        if (random.nextBoolean()) {
            program.add(new RwLockSpec("rw0", random.nextInt(3) > 0));
        }
    }

    @Override
    public void segment(SplittableRandom random, ThreadDraft thread) {
        List<RwLockSpec> locks = thread.program().objects(RwLockSpec.class);
        if (locks.isEmpty()) {
            return;
        }
        String rw = locks.get(random.nextInt(locks.size())).name();
        if (!thread.careless() && !thread.inLockOrder(rw)) {
            thread.add(new BasicOps.Compute(1 + random.nextInt(3)));
            return;
        }
        int roll = thread.careless() ? random.nextInt(100) : 100;
        if (roll < 7) {
            thread.add(new RwOp(Call.UNLOCK, rw));
            thread.released(rw);
        } else if (roll < 13) {
            thread.add(new RwOp(random.nextBoolean() ? Call.RDLOCK : Call.WRLOCK, rw));
            thread.acquired(rw);
        } else if (roll < 20) {
            boolean writerFirst = random.nextBoolean();
            thread.add(new RwOp(writerFirst ? Call.WRLOCK : Call.RDLOCK, rw));
            thread.add(new RwOp(writerFirst ? Call.RDLOCK : Call.WRLOCK, rw));
            thread.add(new RwOp(Call.UNLOCK, rw));
        } else {
            int how = random.nextInt(20);
            boolean write = how % 5 < 2;
            boolean attempt = how >= 15;
            thread.add(new RwOp(write ? (attempt ? Call.TRYWRLOCK : Call.WRLOCK) : (attempt ? Call.TRYRDLOCK : Call.RDLOCK), rw));
            thread.acquired(rw);
            int inner = random.nextInt(3);
            for (int i = 0; i < inner; i++) {
                if (random.nextBoolean()) {
                    thread.segment(random);
                } else {
                    thread.add(new BasicOps.Compute(1 + random.nextInt(5)));
                }
            }
            thread.add(new RwOp(Call.UNLOCK, rw));
            thread.released(rw);
        }
    }

    @Override
    public int weight() {
        return 2;
    }

    @Override
    public List<Invariant> newInvariants() {
        return List.of(new RwLockInvariant());
    }

    /**
     * Never a writer together with readers; {@link RwLock#writer()} and {@link RwLock#readers()}
     * agree with the EXCLUSIVE/SHARED events; a holder lists the lock as owned; a free lock has
     * no waiters (release hands over); every waiter is in RWLOCK state.
     */
    static final class RwLockInvariant implements Invariant {
        private final Map<String, Integer> writers = new HashMap<>();
        private final Map<String, List<Integer>> readers = new HashMap<>();

        @Override
        public String onEvent(KernelEvent event, RunView view) {
            if (event instanceof LockAcquired a && view.find(a.object()) instanceof RwLock) {
                if (a.mode() == LockMode.EXCLUSIVE) {
                    writers.put(a.object(), a.tid());
                } else {
                    readers.computeIfAbsent(a.object(), k -> new ArrayList<>()).add(a.tid());
                }
            } else if (event instanceof LockReleased r && view.find(r.object()) instanceof RwLock) {
                if (r.mode() == LockMode.EXCLUSIVE) {
                    writers.remove(r.object());
                } else {
                    readers.getOrDefault(r.object(), new ArrayList<>()).remove(Integer.valueOf(r.tid()));
                }
            }
            return null;
        }

        @Override
        public String afterStep(RunView view) {
            for (RwLock rw : view.objects(RwLock.class)) {
                SimThread writer = rw.writer();
                List<Integer> reading = readers.getOrDefault(rw.name(), List.of());
                if (writer != null && rw.readers() > 0) {
                    return rw.name() + " has writer thread " + writer.tid() + " and " + rw.readers() + " readers";
                }
                Integer byEvents = writers.get(rw.name());
                if (writer == null ? byEvents != null : byEvents == null || byEvents != writer.tid()) {
                    return rw.name() + ".writer() is " + (writer == null ? "nobody" : "thread " + writer.tid())
                            + " but the events say " + byEvents;
                }
                if (rw.readers() != reading.size()) {
                    return rw.name() + " counts " + rw.readers() + " read locks but the events say " + reading;
                }
                for (SimThread holder : rw.holders()) {
                    if (!holder.owned().contains(rw)) {
                        return "thread " + holder.tid() + " holds " + rw.name() + " but not in its owned list";
                    }
                }
                if (writer == null && rw.readers() == 0 && !rw.waiters().isEmpty()) {
                    return rw.name() + " is free but thread " + rw.waiters().first().tid() + " waits for it";
                }
                for (SimThread w : rw.waiters().toList()) {
                    if (w.state() != ThreadState.RWLOCK) {
                        return "thread " + w.tid() + " waits on " + rw.name() + " in state " + w.state();
                    }
                }
            }
            return null;
        }
    }
}
