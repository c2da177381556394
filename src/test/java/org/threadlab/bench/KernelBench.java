package org.threadlab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventRecorder;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.sync.Condvar;
import org.threadlab.kernel.sync.Mutex;

/**
 * Overview: throughput of the simulated kernel's synchronisation paths, in kernel
 * synchronisation operations per second of host time, each lock, trylock, unlock, wait and
 * signal call counting as one operation.
 *
 * <ul>
 *   <li>{@link #contendedMutex}: 8 threads of equal priority (RR) on 1 CPU, each looping
 *       lock; unlock, in two regimes ({@link MutexWorkload#contention}): "convoy", where a thread
 *       is preempted holding the mutex and the threads fall into a lock convoy (unlock hands the
 *       mutex to the next waiter, the unlocker's next lock blocks), so every lock blocks and every
 *       unlock wakes a thread, with a context switch every two operations: the slow paths; and
 *       "turns", where timeslices end between iterations, so each thread runs 200 lock/unlock
 *       pairs per turn and finds the mutex free: the fast paths plus the scheduler's slices.</li>
 *   <li>{@link #contendedMutexWithCompute}: the same with 2 instructions of work inside the
 *       critical section (counted by an AuxCounter, since steps are no longer all operations).</li>
 *   <li>{@link #condvarPingPong}: two threads hand a turn back and forth; each handoff is lock,
 *       wait or signal, unlock.</li>
 *   <li>{@link #contendedMutexCountingSink} and {@link #contendedMutexRecorded}: the first
 *       workload with an event sink that only counts, and with an {@link EventRecorder} (a fresh
 *       one per invocation), to show what building and keeping events costs.</li>
 * </ul>
 *
 * Every step of the bodies below is exactly one kernel call and one instruction, so
 * {@code kernel.run(STEPS)} performs exactly STEPS operations and {@link OperationsPerInvocation}
 * is exact. The bodies are state machines over fields: they allocate nothing per step.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KernelBench {
    /** Instructions (= operations) per benchmark invocation. */
    static final int STEPS = 100_000;
    static final int THREADS = 8;

    /** lock; unlock; forever. {@code holding} is set when lock is called, blocked or not: on wake the thread owns it. */
    static final class LockUnlockLoop implements ThreadBody {
        private final Mutex mutex;
        private boolean holding;

        LockUnlockLoop(Mutex mutex) {
            this.mutex = mutex;
        }

        @Override
        public int step(Kernel kernel, SimThread self) {
            if (holding) {
                holding = false;
                mutex.unlock(kernel, self);
            } else {
                holding = true;
                mutex.lock(kernel, self);
            }
            return 1;
        }
    }

    /** lock; compute 2; unlock; forever, counting its lock and unlock calls. */
    static final class LockComputeUnlockLoop implements ThreadBody {
        private final Mutex mutex;
        private int state;
        long syncOps;

        LockComputeUnlockLoop(Mutex mutex) {
            this.mutex = mutex;
        }

        @Override
        public int step(Kernel kernel, SimThread self) {
            switch (state) {
                case 0 -> {
                    state = 1;
                    syncOps++;
                    mutex.lock(kernel, self);
                    return 1;
                }
                case 1 -> {
                    state = 2;
                    return 2;
                }
                default -> {
                    state = 0;
                    syncOps++;
                    mutex.unlock(kernel, self);
                    return 1;
                }
            }
        }
    }

    /**
     * One side of a ping-pong: lock; while it is not my turn, wait; pass the turn and signal;
     * unlock. {@code turn} is shared by the two sides (plain memory: the kernel runs on one Java
     * thread).
     */
    static final class PingPong implements ThreadBody {
        private static final int LOCK = 0;
        private static final int CHECK = 1;
        private static final int UNLOCK = 2;

        private final Mutex mutex;
        private final Condvar turnChanged;
        private final int[] turn;
        private final int me;
        private int state = LOCK;
        long handoffs;

        PingPong(Mutex mutex, Condvar turnChanged, int[] turn, int me) {
            this.mutex = mutex;
            this.turnChanged = turnChanged;
            this.turn = turn;
            this.me = me;
        }

        @Override
        public int step(Kernel kernel, SimThread self) {
            switch (state) {
                case LOCK -> {
                    state = CHECK;
                    mutex.lock(kernel, self);
                }
                case CHECK -> {
                    if (turn[0] == me) {
                        turn[0] = 1 - me;
                        handoffs++;
                        state = UNLOCK;
                        turnChanged.signal(kernel, self);
                    } else {
                        turnChanged.await(kernel, self, mutex);
                    }
                }
                default -> {
                    state = LOCK;
                    mutex.unlock(kernel, self);
                }
            }
            return 1;
        }
    }

    /** A kernel on 1 CPU with the realistic chooser and RR timeslices of 400 instructions. */
    static Kernel newKernel() {
        return newKernel(false);
    }

    /**
     * With {@code convoy}, timeslices of 25 instructions: odd, so a lock/unlock loop is preempted
     * holding its mutex; else 4 ticks of 100 instructions, as the defaults.
     */
    static Kernel newKernel(boolean convoy) {
        KernelConfig.Builder config = KernelConfig.builder().cpus(1);
        if (convoy) {
            config.instructionsPerTick(25).timesliceTicks(1);
        }
        return new Kernel(config.build(), Chooser.realistic());
    }

    /** The contended-mutex kernel, run one invocation ahead so that it is in its steady state. */
    @State(Scope.Thread)
    public static class MutexWorkload {
        /** "convoy": every lock blocks and every unlock hands over; "turns": the mutex is always free. */
        @Param({"convoy", "turns"})
        public String contention;

        Kernel kernel;

        @Setup(Level.Trial)
        public void setUp() {
            kernel = newKernel(contention.equals("convoy"));
            SimProcess p = kernel.createProcess("bench", AddressSpace.NONE);
            Mutex m = Mutex.create(kernel);
            for (int i = 0; i < THREADS; i++) {
                kernel.createThread(p, "locker", new LockUnlockLoop(m), ThreadAttr.explicit(10, Policy.RR), null);
            }
            kernel.run(STEPS);
        }
    }

    @State(Scope.Thread)
    public static class ComputeWorkload {
        /** As {@link MutexWorkload#contention}. */
        @Param({"convoy", "turns"})
        public String contention;

        Kernel kernel;
        LockComputeUnlockLoop[] bodies = new LockComputeUnlockLoop[THREADS];

        @Setup(Level.Trial)
        public void setUp() {
            kernel = newKernel(contention.equals("convoy"));
            SimProcess p = kernel.createProcess("bench", AddressSpace.NONE);
            Mutex m = Mutex.create(kernel);
            for (int i = 0; i < THREADS; i++) {
                bodies[i] = new LockComputeUnlockLoop(m);
                kernel.createThread(p, "locker", bodies[i], ThreadAttr.explicit(10, Policy.RR), null);
            }
            kernel.run(STEPS);
        }

        long syncOps() {
            long n = 0;
            for (LockComputeUnlockLoop b : bodies) {
                n += b.syncOps;
            }
            return n;
        }
    }

    @State(Scope.Thread)
    public static class PingPongWorkload {
        Kernel kernel;
        PingPong ping;
        PingPong pong;

        @Setup(Level.Trial)
        public void setUp() {
            kernel = newKernel();
            SimProcess p = kernel.createProcess("bench", AddressSpace.NONE);
            Mutex m = Mutex.create(kernel);
            Condvar cv = Condvar.create(kernel, null);
            int[] turn = {0};
            ping = new PingPong(m, cv, turn, 0);
            pong = new PingPong(m, cv, turn, 1);
            kernel.createThread(p, "ping", ping, ThreadAttr.explicit(10, Policy.RR), null);
            kernel.createThread(p, "pong", pong, ThreadAttr.explicit(10, Policy.RR), null);
            kernel.run(STEPS);
        }
    }

    /** Kernel synchronisation operations per invocation of the compute variant, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class SyncOps {
        public long syncOps;
    }

    /** Turn handoffs of the ping-pong, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Handoffs {
        public long handoffs;
    }

    /** A sink that keeps nothing: the cost of building and delivering events only. */
    static final class CountingSink implements EventSink {
        long events;

        @Override
        public void accept(KernelEvent event) {
            events++;
        }
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long contendedMutex(MutexWorkload w) {
        w.kernel.setSink(null);
        w.kernel.run(STEPS);
        return w.kernel.instructions();
    }

    @Benchmark
    public long contendedMutexWithCompute(ComputeWorkload w, SyncOps ops) {
        long before = w.syncOps();
        w.kernel.run(STEPS);
        ops.syncOps += w.syncOps() - before;
        return w.kernel.instructions();
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long condvarPingPong(PingPongWorkload w, Handoffs h) {
        long before = w.ping.handoffs + w.pong.handoffs;
        w.kernel.run(STEPS);
        h.handoffs += w.ping.handoffs + w.pong.handoffs - before;
        return w.kernel.instructions();
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long contendedMutexCountingSink(MutexWorkload w) {
        CountingSink sink = new CountingSink();
        w.kernel.setSink(sink);
        w.kernel.run(STEPS);
        return sink.events;
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public int contendedMutexRecorded(MutexWorkload w) {
        EventRecorder recorder = new EventRecorder();
        w.kernel.setSink(recorder);
        w.kernel.run(STEPS);
        w.kernel.setSink(null);
        return recorder.events().size();
    }
}
