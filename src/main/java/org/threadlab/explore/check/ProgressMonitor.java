package org.threadlab.explore.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.threadlab.cc.SourcePos;
import org.threadlab.explore.BugKind;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.StepListener;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.LockReleased;
import org.threadlab.kernel.event.ProcessExited;
import org.threadlab.kernel.event.ThreadCreated;
import org.threadlab.kernel.event.ThreadExited;
import org.threadlab.kernel.event.ThreadStateChanged;
import org.threadlab.vm.interp.AccessListener;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;

/**
 * Overview: watches a run for livelock and starvation.
 *
 * <p><b>Progress.</b> After every step the monitor hashes the state the threads can change:
 * the bytes of shared memory written so far, the kernel objects (who holds which lock, how far
 * each semaphore's count moved, which thread waits on what) and each thread's registers (pc,
 * frames, the locals kept in slots; {@link VmThread#registerHash}). A step makes progress when
 * it reaches a state not seen before, writes output, or starts or ends a thread. Reading memory,
 * writing the value already there, taking and giving back a lock, a failed trylock, a yield, a
 * preemption, a sleep or a timed-out wait only bring the run back to states it has been in, so a
 * spin-wait that only reads, or two threads politely backing off for ever, make none.
 *
 * <p><b>Livelock</b>: {@code bound} steps in a row without progress while threads keep running.
 * The run halts there; the finding names the threads that ran in those steps and their lines.
 *
 * <p><b>Starvation</b>: a thread READY for the last {@code bound} steps while others ran, at the
 * end of a run that halted for livelock or used up its instruction budget (a long but finite
 * computation is not starvation). The explorer's schedules never hold back a timeslice rotation
 * and preempt at most a few times (bounded search) or at random, so a thread starves only by the
 * kernel's own rules: a higher-priority thread, or a FIFO thread of its priority, that never
 * blocks or yields. That is the fairness it is judged by.
 *
 * <p>Limits: a thread's stack memory is not hashed (its locals in slots are), so a loop whose only
 * change is to an address-taken local looks like no progress; memory written by the library
 * (memcpy, atomics) is not seen. The hash and the visited set are 64-bit, so two states may
 * collide, with odds of about one in 2^40 per run.
 */
final class ProgressMonitor implements StepListener, EventSink, AccessListener {
    /** Steps of the no-progress stretch the counterexample table shows. */
    private static final int EXCERPT_STEPS = 40;
    /** Visited states kept; past this the set starts again (a long cycle then costs one more round). */
    private static final int MAX_SEEN = 1 << 16;
    /** Shared memory bytes tracked; past this the tracking starts again. */
    private static final int MAX_BYTES = 1 << 18;
    /** Lines listed per spinning thread. */
    private static final int MAX_LINES = 6;

    private final Machine machine;
    private final Kernel kernel;
    private final long bound;

    private long steps;
    private long lastProgress;
    private long excerptEnd = Long.MAX_VALUE;
    private boolean progressed;
    private boolean livelocked;
    private boolean halted;
    private long outputLeft;

    /** The state hash: shared memory, kernel objects, and every thread's registers. */
    private long memoryHash;
    private long objectHash;
    private long registersHash;
    private final Map<Long, Byte> written = new HashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();
    private final Map<Integer, Long> waits = new HashMap<>();
    /** By tid: each thread's share of {@link #registersHash}, and the step it last ran at. */
    private long[] registers = new long[16];
    private long[] lastRan = new long[16];
    private final LongSet seen = new LongSet(MAX_SEEN);

    /** Since the last progress: the lines each thread's visible steps were at. */
    private final Map<Integer, TreeMap<Integer, String>> spun = new TreeMap<>();
    private final Map<Integer, SimThread> threads = new TreeMap<>();
    /** READY threads: the step, and the instructions, at which they became READY. */
    private final Map<Integer, long[]> readySince = new TreeMap<>();

    ProgressMonitor(Machine machine, long bound) {
        this.machine = machine;
        this.kernel = machine.kernel();
        this.bound = bound;
        this.outputLeft = machine.outputLeft();
        for (SimThread t : kernel.threads()) {
            threads.put(t.tid(), t);
            if (t.state() == ThreadState.READY) {
                readySince.put(t.tid(), new long[] {0, kernel.instructions()});
            }
        }
    }

    // ---------------------------------------------------------------- watching

    @Override
    public void afterStep(SimThread thread, int instructions, StepEnd end) {
        steps++;
        int tid = thread.tid();
        if (tid >= lastRan.length) {
            lastRan = Arrays.copyOf(lastRan, Math.max(tid + 1, lastRan.length * 2));
            registers = Arrays.copyOf(registers, lastRan.length);
        }
        if (lastRan[tid] == 0) {
            threads.putIfAbsent(tid, thread);
        }
        lastRan[tid] = steps;
        if (!readySince.isEmpty()) {
            readySince.remove(tid);
        }
        VmThread vm = machine.thread(tid);
        long mine = vm == null ? 0 : mix(tid, vm.registerHash());
        registersHash ^= registers[tid] ^ mine;
        registers[tid] = mine;
        if (machine.outputLeft() != outputLeft) {
            outputLeft = machine.outputLeft();
            progressed = true;
        }
        long state = memoryHash ^ objectHash ^ registersHash;
        if (seen.add(state) || progressed) {
            progressed = false;
            lastProgress = steps;
            excerptEnd = Long.MAX_VALUE;
            spun.clear();
            return;
        }
        long stretch = steps - lastProgress;
        if (stretch == EXCERPT_STEPS) {
            excerptEnd = kernel.instructions();
        }
        SourcePos pos = vm == null || end == StepEnd.LOCAL ? null : vm.lastStepPos();
        if (pos != null) {
            TreeMap<Integer, String> lines = spun.computeIfAbsent(tid, k -> new TreeMap<>());
            if (lines.size() < MAX_LINES) {
                lines.putIfAbsent(pos.line(), pos.lineText().strip());
            }
        }
        if (bound > 0 && stretch >= bound) {
            halted = true;
            livelocked = fairSince(lastProgress);
            kernel.halt("no progress in " + bound + " steps");
        }
    }

    @Override
    public void onSharedAccess(VmThread thread, long address, int bytes, boolean write) {
        if (!write) {
            return;
        }
        if (written.size() > MAX_BYTES) {
            written.clear();
            memoryHash = 0;
            seen.clear();
        }
        for (int i = 0; i < bytes; i++) {
            long a = address + i;
            byte now = (byte) machine.memory().loadU8(a);
            Byte old = written.put(a, now);
            if (old == null) {
                memoryHash ^= mix(a, now);
            } else if (old != now) {
                memoryHash ^= mix(a, old) ^ mix(a, now);
            }
        }
    }

    @Override
    public void accept(KernelEvent event) {
        if (event instanceof LockAcquired e) {
            holding(e.object(), e.tid(), e.mode(), -1);
        } else if (event instanceof LockReleased e) {
            holding(e.object(), e.tid(), e.mode(), +1);
        } else if (event instanceof ThreadStateChanged e) {
            long now = e.to().isBlocked() ? mix(mix(e.tid(), e.to().ordinal()), e.object().hashCode()) : 0;
            Long before = waits.put(e.tid(), now);
            objectHash ^= (before == null ? 0 : before) ^ now;
            if (e.to() == ThreadState.READY) {
                readySince.putIfAbsent(e.tid(), new long[] {steps, kernel.instructions()});
            } else if (e.to() != ThreadState.RUNNING) {
                readySince.remove(e.tid()); // RUNNING is not enough: a thread runs once it executes a step
            }
        } else if (event instanceof ThreadCreated || event instanceof ThreadExited || event instanceof ProcessExited) {
            progressed = true;
        }
    }

    /** A lock taken (-1) or given back (+1); a semaphore's token moves its count instead. */
    private void holding(String object, int tid, LockMode mode, int delta) {
        if (mode == LockMode.TOKEN) {
            long before = tokens.getOrDefault(object, 0L);
            tokens.put(object, before + delta);
            objectHash ^= mix(object.hashCode(), before) ^ mix(object.hashCode(), before + delta);
        } else {
            objectHash ^= mix(mix(object.hashCode(), tid), mode.ordinal());
        }
    }

    // ---------------------------------------------------------------- findings

    /** True when the run halted because {@code bound} steps passed without progress. */
    boolean halted() {
        return halted;
    }

    /**
     * True when the run halted for a livelock: no progress in {@code bound} steps under a fair
     * schedule. When the explorer's own choices kept an equal-priority READY thread off the CPU
     * all along (switching at every dispatch costs it nothing), the stretch says nothing about
     * the program: the run halts without a finding, as one cut short.
     */
    boolean livelocked() {
        return livelocked;
    }

    /** True when every thread READY since step {@code step} or before was kept off the CPU by the kernel's rules. */
    private boolean fairSince(long step) {
        for (Map.Entry<Integer, long[]> e : readySince.entrySet()) {
            if (e.getValue()[0] <= step && !keptOffByKernel(e.getKey(), e.getValue()[0])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the threads that ran since step {@code since} all outrank READY thread {@code tid}:
     * a higher priority, or its priority under FIFO (which never rotates). An equal-priority RR
     * thread in its place means the kernel would have run {@code tid} at a timeslice's end.
     */
    private boolean keptOffByKernel(int tid, long since) {
        SimThread t = thread(tid);
        boolean anyRan = false;
        for (int r = 0; r < lastRan.length; r++) {
            if (r == tid || lastRan[r] <= since) {
                continue;
            }
            SimThread runner = thread(r);
            if (t == null || runner == null) {
                return false;
            }
            anyRan = true;
            if (runner.priority() < t.priority()
                    || runner.priority() == t.priority() && runner.policy().isTimesliced()) {
                return false;
            }
        }
        return anyRan;
    }

    private SimThread thread(int tid) {
        SimThread t = threads.get(tid);
        if (t == null) {
            for (SimThread k : kernel.threads()) {
                if (k.tid() == tid) {
                    threads.put(tid, k);
                    return k;
                }
            }
        }
        return t;
    }

    /** The livelock, when the run halted for one. */
    Finding livelock() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "livelock: no progress in %,d steps: the threads kept running but only came back to states they"
                        + " had been in (no new values in memory or kernel objects, no output, no thread started"
                        + " or ended)", bound));
        List<Integer> tids = new ArrayList<>(spun.keySet());
        for (int tid : tids) {
            TreeMap<Integer, String> lines = spun.get(tid);
            sb.append("\n  thread ").append(tid).append(" (").append(label(tid)).append(") spins on");
            for (Map.Entry<Integer, String> l : lines.entrySet()) {
                sb.append("\n    ").append(l.getKey()).append(": ").append(l.getValue());
            }
        }
        return new Finding(BugKind.LIVELOCK, sb.toString(), tids, excerptEnd);
    }

    /**
     * The thread starved longest, if one has been READY for at least {@code bound} steps while
     * others ran; null otherwise.
     */
    Finding starvation() {
        if (bound == 0) {
            return null;
        }
        List<Integer> starved = new ArrayList<>();
        long since = Long.MAX_VALUE;
        long shown = Long.MAX_VALUE;
        for (Map.Entry<Integer, long[]> e : readySince.entrySet()) {
            long ready = e.getValue()[0];
            if (steps - ready >= bound && keptOffByKernel(e.getKey(), ready)) {
                starved.add(e.getKey());
                since = Math.min(since, ready);
                shown = Math.min(shown, e.getValue()[1]);
            }
        }
        if (starved.isEmpty()) {
            return null;
        }
        List<Integer> runners = new ArrayList<>();
        for (int r = 0; r < lastRan.length; r++) {
            if (!starved.contains(r) && lastRan[r] > since) {
                runners.add(r);
            }
        }
        StringBuilder sb = new StringBuilder("starvation: ");
        sb.append(names(starved)).append(starved.size() == 1 ? " was" : " were");
        sb.append(String.format(Locale.ROOT, " READY for the last %,d steps and never ran, while ", steps - since));
        sb.append(names(runners)).append(runners.size() == 1 ? " kept the CPU" : " kept the CPUs");
        sb.append(" (the kernel runs the highest-priority READY thread, and a FIFO thread until it blocks or yields)");
        List<Integer> involved = new ArrayList<>(starved);
        involved.addAll(runners);
        long slice = (long) kernel.config().instructionsPerTick() * kernel.config().timesliceTicks();
        return new Finding(BugKind.STARVATION, sb.toString(), involved, shown + slice);
    }

    private String names(List<Integer> tids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tids.size(); i++) {
            sb.append(i == 0 ? "" : i == tids.size() - 1 ? " and " : ", ");
            sb.append("thread ").append(tids.get(i)).append(" (").append(describe(tids.get(i))).append(")");
        }
        return sb.toString();
    }

    private String label(int tid) {
        SimThread t = threads.get(tid);
        return t == null ? "?" : t.label();
    }

    private String describe(int tid) {
        SimThread t = thread(tid);
        return t == null ? "?" : t.label() + ", " + t.policy() + " priority " + t.priority();
    }

    private static long mix(long h, long v) {
        long z = h * 0x9E3779B97F4A7C15L + v;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An open-addressing set of longs (no boxing on the per-step path); forgets all when full. */
    private static final class LongSet {
        private final long[] table;
        private final int max;
        private boolean hasZero;
        private int size;

        LongSet(int max) {
            this.max = max;
            this.table = new long[Integer.highestOneBit(max) * 4];
        }

        /** Adds {@code v}; true when it was not there. */
        boolean add(long v) {
            if (v == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            if (size >= max) {
                clear();
            }
            int mask = table.length - 1;
            int i = (int) (v ^ (v >>> 32)) & mask;
            while (table[i] != 0) {
                if (table[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = v;
            size++;
            return true;
        }

        void clear() {
            Arrays.fill(table, 0);
            hasZero = false;
            size = 0;
        }
    }
}
