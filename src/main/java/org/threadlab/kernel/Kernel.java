package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.ContextSwitched;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.kernel.event.LockReleased;
import org.threadlab.kernel.event.PoolChange;
import org.threadlab.kernel.event.PoolChanged;
import org.threadlab.kernel.event.PriorityChanged;
import org.threadlab.kernel.event.ProcessExited;
import org.threadlab.kernel.event.SignalKind;
import org.threadlab.kernel.event.Signalled;
import org.threadlab.kernel.event.ThreadCreated;
import org.threadlab.kernel.event.ThreadExited;
import org.threadlab.kernel.event.ThreadStateChanged;

/**
 * Overview: the deterministic simulated kernel. It owns simulated time, the CPUs, processes and
 * threads; synchronisation objects (package {@code sync}) and thread pools ({@code pool}) are
 * built on the handful of operations here: {@link #block}, {@link #wake}, {@link #requeue},
 * {@link #armTimer} and priority inheritance through {@link #recomputePriority}.
 *
 * <p>Driving: {@link #step} executes one instruction on one CPU; {@link #run} repeats until the
 * budget ends or nothing can run. When every CPU idles and a timer is pending the clock jumps to
 * it, so a sleep costs nothing real.
 *
 * <p>This class is the kernel's one facade, the calls every primitive, pool and the VM make;
 * the parts with an idea of their own live beside it ({@link Scheduler}, {@link TimerQueue},
 * {@link PriorityInheritance}, {@link WaitQueue}, {@link ReadyQueues}).
 *
 * <p>Determinism: the kernel runs on the caller's Java thread, never reads the wall clock, keeps
 * every collection in creation order and takes every nondeterministic decision from its
 * {@link Chooser}. The same bodies, configuration and choices give the same event stream.
 */
public final class Kernel {
    private final KernelConfig config;
    private final Chooser chooser;
    private final Preemption preemption;
    private StepListener stepListener;
    private SyncListener syncListener;
    private final Scheduler scheduler;
    private final TimerQueue timers = new TimerQueue();
    private final PriorityInheritance inheritance = new PriorityInheritance(this);
    private final SimClock clock;
    private final List<SimProcess> processes = new ArrayList<>();
    private final List<SimThread> threads = new ArrayList<>();
    private EventSink sink;

    private long tick;
    private int tickLength;
    private long instructions;
    private long seq;
    private int nextObjectId = 1;
    private int nextTid = 1;
    private int nextPid = 1;
    private long nextWaitSeq;
    private int liveThreads;
    private long threadsCreated;
    private boolean needResched;
    private SimThread current;
    private int eventCpu = -1;
    private String haltReason;

    public Kernel(KernelConfig config, Chooser chooser) {
        this.config = config;
        this.chooser = chooser;
        this.preemption = config.preemption();
        this.scheduler = new Scheduler(this, config.cpus(), chooser, config.timesliceTicks());
        this.clock = new SimClock(newObjectId());
        this.tickLength = nextTickLength();
    }

    /** {@code from}'s copy (see {@link KernelCopy#copy}); {@code c} maps what it copies. */
    Kernel(Kernel from, Chooser chooser, KernelCopy c) {
        c.setKernel(this, from.nextObjectId);
        this.config = from.config;
        this.chooser = chooser;
        this.preemption = from.preemption;
        this.scheduler = new Scheduler(this, config.cpus(), chooser, config.timesliceTicks());
        this.scheduler.copyFrom(from.scheduler, c);
        this.timers.copyFrom(from.timers, c);
        this.clock = c.object(from.clock);
        for (SimProcess p : from.processes) {
            processes.add(c.process(p));
        }
        for (SimProcess p : from.processes) {
            c.process(p).copyThreads(p, c);
        }
        for (SimThread t : from.threads) {
            threads.add(c.thread(t));
        }
        this.tick = from.tick;
        this.tickLength = from.tickLength;
        this.instructions = from.instructions;
        this.seq = from.seq;
        this.nextObjectId = from.nextObjectId;
        this.nextTid = from.nextTid;
        this.nextPid = from.nextPid;
        this.nextWaitSeq = from.nextWaitSeq;
        this.liveThreads = from.liveThreads;
        this.threadsCreated = from.threadsCreated;
        this.needResched = from.needResched;
        this.current = c.thread(from.current);
        this.eventCpu = from.eventCpu;
        this.haltReason = from.haltReason;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    // ---------------------------------------------------------------- driving

    /** Executes one instruction; returns false when nothing can run (quiescent, finished or halted). */
    public boolean step() {
        while (haltReason == null) {
            if (needResched) {
                reschedule();
            }
            Cpu cpu = scheduler.nextCpu(tickLength);
            if (cpu != null) {
                if (cpu.running.choiceDue) {
                    scheduler.offerSwitch(cpu);
                }
                execute(cpu);
                return true;
            }
            if (scheduler.anyBusy()) {
                endTick();
            } else if (!timers.isEmpty()) {
                idleUntil(timers.earliest());
            } else {
                return false;
            }
        }
        return false;
    }

    /** Runs until {@code maxInstructions} have executed or nothing can run. */
    public RunState run(long maxInstructions) {
        long end = maxInstructions >= Long.MAX_VALUE - instructions ? Long.MAX_VALUE : instructions + maxInstructions;
        while (instructions < end) {
            if (!step()) {
                return stopState();
            }
        }
        return haltReason != null ? RunState.HALTED : RunState.RUNNABLE;
    }

    /** Runs until nothing can run. Only for programs known to terminate or block. */
    public RunState runToQuiescence() {
        return run(Long.MAX_VALUE);
    }

    private RunState stopState() {
        if (haltReason != null) {
            return RunState.HALTED;
        }
        return liveThreads == 0 ? RunState.FINISHED : RunState.QUIESCENT;
    }

    private void execute(Cpu cpu) {
        SimThread t = cpu.running;
        current = t;
        eventCpu = cpu.index;
        int used = t.body.step(this, t);
        if (used < 1) {
            throw new IllegalStateException("thread " + t.tid() + " step used " + used + " instructions");
        }
        instructions += used;
        t.instructions += used;
        cpu.used += used;
        t.ranSinceDispatch = true;
        if (stepListener != null) {
            stepListener.afterStep(t, used, t.body.lastStepEnd());
        }
        if (preemption != Preemption.TIMER && t.cpu == cpu && preemption.offersAfter(t.body.lastStepEnd())) {
            t.choiceDue = true;
        }
        current = null;
        eventCpu = -1;
        if (needResched) {
            reschedule();
        }
    }

    private void endTick() {
        tick++;
        fireTimers();
        scheduler.expireSlices();
        reschedule();
        startTick();
    }

    private void idleUntil(long when) {
        if (when > tick) {
            tick = when;
        }
        fireTimers();
        reschedule();
        startTick();
    }

    private void startTick() {
        scheduler.startTick();
        tickLength = nextTickLength();
    }

    /** Realistic ticks last instructionsPerTick; random ticks anywhere from 1 to twice that, less one. */
    private int nextTickLength() {
        int perTick = config.instructionsPerTick();
        return 1 + chooser.choose(ChoicePoint.TICK_LENGTH, 2 * perTick - 1, perTick - 1);
    }

    private void fireTimers() {
        SimThread t;
        while ((t = timers.pollExpired(tick)) != null) {
            t.waitingOn.timeout(this, t);
        }
    }

    private void reschedule() {
        needResched = false;
        scheduler.reschedule();
    }

    /** Stops the kernel; {@link #run} returns {@link RunState#HALTED}. The first reason is kept. */
    public void halt(String reason) {
        if (haltReason == null) {
            haltReason = reason;
        }
    }

    public String haltReason() {
        return haltReason;
    }

    // ---------------------------------------------------------------- processes and threads

    public SimProcess createProcess(String name, AddressSpace addressSpace) {
        SimProcess p = new SimProcess(nextPid++, name, addressSpace);
        processes.add(p);
        return p;
    }

    /**
     * Creates a READY thread in {@code process} running {@code body}. With {@code creator} null
     * (the driver creates it) inherited attributes come from the configuration's defaults.
     */
    public SimThread createThread(SimProcess process, String label, ThreadBody body, ThreadAttr attr,
                                  SimThread creator) {
        if (process.isExiting()) {
            throw new IllegalStateException("process " + process.pid() + " has exited");
        }
        int priority = attr.priority() != 0 ? attr.priority()
                : creator != null ? creator.basePriority : config.defaultPriority();
        Policy policy = attr.policy() != null ? attr.policy()
                : creator != null ? creator.policy : config.defaultPolicy();
        int tid = nextTid++;
        threadsCreated++;
        SimThread t = new SimThread(newObjectId(), tid, process, "thread " + tid, body, priority, policy);
        t.label = label;
        t.detached = attr.detached();
        process.addThread(t);
        threads.add(t);
        liveThreads++;
        if (sink != null) {
            emit(new ThreadCreated(seq++, tick, eventCpu, tid, process.pid(),
                    creator == null ? 0 : creator.tid(), priority, policy, label));
        }
        if (syncListener != null) {
            syncListener.created(creator, t);
        }
        scheduler.enqueueTail(t);
        needResched = true;
        return t;
    }

    /** pthread_exit: {@code t} terminates with {@code value}; a waiting joiner gets it. */
    public void exitThread(SimThread t, long value) {
        t.exitValue = value;
        terminate(t);
        if (syncListener != null) {
            syncListener.released(t, t, LockMode.EXCLUSIVE);
        }
        if (sink != null) {
            emit(new ThreadExited(seq++, tick, eventCpu, t.tid(), value));
        }
        SimThread joiner = t.waiters.first();
        if (joiner != null) {
            joiner.complete(Errno.EOK, value);
            wake(joiner, Errno.EOK);
            if (syncListener != null) {
                syncListener.acquired(joiner, t, LockMode.EXCLUSIVE);
            }
            reap(t);
        } else if (t.detached) {
            reap(t);
        }
        SimProcess p = t.process();
        if (--p.liveThreads == 0 && !p.exited) {
            finishProcess(p, p.exitStatus);
        }
    }

    /** exit() or returning from main: the process ends with {@code status}, all its threads with it. */
    public void exitProcess(SimProcess p, int status) {
        if (p.exited) {
            return;
        }
        p.exitStatus = status;
        p.exiting = true;
        for (SimThread t : List.copyOf(p.threads())) {
            if (t.isAlive()) {
                terminate(t);
            }
        }
        p.liveThreads = 0;
        finishProcess(p, status);
    }

    /** The process is gone; nobody is left to join its dead threads, so they are reaped. */
    private void finishProcess(SimProcess p, int status) {
        for (SimThread t : List.copyOf(p.threads())) {
            reap(t);
        }
        p.exited = true;
        p.exitStatus = status;
        if (sink != null) {
            emit(new ProcessExited(seq++, tick, eventCpu, p.pid(), status));
        }
    }

    /** Takes {@code t} off whatever CPU or queue it is on and marks it DEAD. */
    private void terminate(SimThread t) {
        KernelObject blocker = t.waitingOn;
        if (t.state == ThreadState.RUNNING) {
            scheduler.vacate(t, SwitchReason.EXITED);
        } else if (t.onReadyQueue) {
            scheduler.ready().remove(t);
        }
        if (t.waitQueue != null) {
            t.waitQueue.remove(t);
        }
        timers.cancel(t);
        t.atomicDepth = 0;
        setState(t, ThreadState.DEAD, null);
        liveThreads--;
        needResched = true;
        if (blocker != null) {
            for (SimThread holder : blocker.holders()) {
                if (holder.isAlive()) {
                    recomputePriority(holder, "restored"); // t no longer lends it priority
                }
            }
        }
        KernelObject watcher = t.exitWatcher;
        if (watcher != null) {
            t.exitWatcher = null;
            watcher.threadExited(this, t);
        }
    }

    /**
     * Forgets a dead thread that was joined or detached: its id can no longer be joined and it
     * leaves the thread lists, so programs that create threads for ever run in bounded memory.
     */
    private void reap(SimThread t) {
        t.reaped = true;
        threads.remove(t);
        t.process().removeThread(t);
    }

    /** pthread_join: waits for {@code target} to terminate; value() is its exit value. */
    public void join(SimThread self, SimThread target) {
        requireRunning(self);
        if (target == self) {
            self.complete(Errno.EDEADLK, 0);
        } else if (target.reaped) {
            self.complete(Errno.ESRCH, 0);
        } else if (target.detached || !target.waiters.isEmpty()) {
            self.complete(Errno.EINVAL, 0);
        } else if (!target.isAlive()) {
            self.complete(Errno.EOK, target.exitValue);
            if (syncListener != null) {
                syncListener.acquired(self, target, LockMode.EXCLUSIVE);
            }
            reap(target);
        } else {
            block(self, ThreadState.JOIN, target);
        }
    }

    /** pthread_detach: {@code target}'s resources go when it terminates (at once if it has). */
    public void detach(SimThread self, SimThread target) {
        if (target.reaped) {
            self.complete(Errno.ESRCH, 0);
        } else if (target.detached) {
            self.complete(Errno.EINVAL, 0);
        } else {
            target.detached = true;
            if (!target.isAlive()) {
                reap(target);
            }
            self.complete(Errno.EOK, 0);
        }
    }

    /** sched_yield: gives the CPU to an equal-priority READY thread, if any (never to a lower one). */
    public void yield(SimThread self) {
        requireRunning(self);
        self.complete(Errno.EOK, 0);
        if (scheduler.yield(self)) {
            needResched = true;
        }
    }

    /**
     * Enters an atomic section (SV-COMP's __VERIFIER_atomic_begin); sections nest. While the
     * running thread {@code self} is inside one, no other thread executes an instruction: the
     * timeslice does not rotate it, a higher-priority thread that becomes READY waits (the
     * preemption happens when the section ends) and on SMP only its CPU executes. If it gives up
     * its CPU inside the section (it blocks or yields), atomicity is suspended until it runs
     * again, as in Promela's atomic; when it exits, its sections end with it.
     */
    public void beginAtomic(SimThread self) {
        requireRunning(self);
        self.atomicDepth++;
        scheduler.holdAtomic(self);
        self.complete(Errno.EOK, 0);
    }

    /**
     * Leaves the innermost atomic section of {@code self}; leaving the outermost one lets the
     * deferred preemption or timeslice rotation happen. Caller must be inside a section.
     */
    public void endAtomic(SimThread self) {
        requireRunning(self);
        if (self.atomicDepth == 0) {
            throw new IllegalStateException("thread " + self.tid() + " ends an atomic section it is not in");
        }
        if (--self.atomicDepth == 0) {
            if (self.policy.isTimesliced() && self.sliceLeft <= 0) {
                scheduler.rotateExpired(self);
            }
            needResched = true;
        }
        self.complete(Errno.EOK, 0);
    }

    /** Sleeps {@code ticks} clock ticks in NANOSLEEP; 0 returns at once. */
    public void sleep(SimThread self, long ticks) {
        requireRunning(self);
        self.complete(Errno.EOK, 0);
        if (ticks > 0) {
            block(self, ThreadState.NANOSLEEP, clock);
            armTimer(self, ticks);
        }
    }

    /** pthread_setschedprio: sets {@code target}'s base priority (1..255). */
    public void setPriority(SimThread self, SimThread target, int priority) {
        if (priority < 1 || priority > 255) {
            self.complete(Errno.EINVAL, 0);
            return;
        }
        target.basePriority = priority;
        recomputePriority(target, "set");
        self.complete(Errno.EOK, 0);
    }

    /**
     * pthread_setschedparam: sets {@code target}'s policy and base priority (1..255) together.
     * The scheduler reads the policy at its next decision (the next tick's timeslice check); a
     * thread that changes policy starts a fresh timeslice.
     */
    public void setScheduling(SimThread self, SimThread target, Policy policy, int priority) {
        if (priority < 1 || priority > 255) {
            self.complete(Errno.EINVAL, 0);
            return;
        }
        if (target.policy != policy) {
            target.policy = policy;
            target.sliceLeft = config.timesliceTicks();
        }
        setPriority(self, target, priority);
    }

    // ---------------------------------------------------------------- for primitives

    /** A fresh kernel-wide object number. */
    public int newObjectId() {
        return nextObjectId++;
    }

    public KernelConfig config() {
        return config;
    }

    /** Asks the chooser; primitives use this for their own choice points. */
    public int choose(ChoicePoint point, int options, int realistic) {
        return chooser.choose(point, options, realistic);
    }

    /**
     * Blocks the running thread {@code t} in {@code state} on {@code object}'s wait queue. The
     * caller's step must return right after.
     */
    public void block(SimThread t, ThreadState state, KernelObject object) {
        requireRunning(t);
        scheduler.vacate(t, SwitchReason.BLOCKED);
        setState(t, state, object);
        t.waitSeq = nextWaitSeq++;
        object.waiters.add(t);
        needResched = true;
    }

    /** Arms a timeout {@code ticks} from now for the blocked thread {@code t}. */
    public void armTimer(SimThread t, long ticks) {
        timers.arm(t, tick + Math.max(1, ticks));
    }

    /**
     * Unblocks {@code t}: off its wait queue and timer, READY at the tail of its priority, with
     * call result {@code result}.
     */
    public void wake(SimThread t, int result) {
        if (!t.state.isBlocked()) {
            throw new IllegalStateException("wake of thread " + t.tid() + " in state " + t.state);
        }
        t.waitQueue.remove(t);
        timers.cancel(t);
        t.complete(result);
        setState(t, ThreadState.READY, null);
        scheduler.enqueueTail(t);
        needResched = true;
    }

    /**
     * Ends the wait of the blocked thread {@code t} early, with call result {@code result}, as a
     * thread cancellation does. The object it waits on decides how ({@link KernelObject#cancelWait}):
     * a condvar waiter first gets its mutex back; a mutex waiter cannot be woken this way. Returns
     * whether {@code t} stopped waiting there.
     */
    public boolean cancelWait(SimThread t, int result) {
        return t.state.isBlocked() && t.waitingOn.cancelWait(this, t, result);
    }

    /**
     * Moves the blocked thread {@code t} to wait on {@code object} in {@code state} (a condvar
     * waiter that now waits for its mutex). Its timer, if any, is cancelled.
     */
    public void requeue(SimThread t, ThreadState state, KernelObject object) {
        if (!t.state.isBlocked()) {
            throw new IllegalStateException("requeue of thread " + t.tid() + " in state " + t.state);
        }
        t.waitQueue.remove(t);
        timers.cancel(t);
        setState(t, state, object);
        t.waitSeq = nextWaitSeq++;
        object.waiters.add(t);
    }

    /**
     * Recomputes {@code t}'s effective priority from its base priority and what its owned
     * objects' waiters lend it, and passes the change along its wait-for chain. See
     * {@link PriorityInheritance}.
     */
    public void recomputePriority(SimThread t, String cause) {
        inheritance.recompute(t, cause);
    }

    /** Sets {@code t}'s effective priority, keeping it in order on whatever queue it is on. */
    void setEffectivePriority(SimThread t, int p, String cause) {
        int old = t.priority;
        if (t.onReadyQueue) {
            scheduler.ready().remove(t);
            t.priority = p;
            scheduler.ready().addTail(t);
        } else if (t.waitQueue != null) {
            WaitQueue q = t.waitQueue;
            q.remove(t);
            t.priority = p;
            q.add(t);
        } else {
            t.priority = p;
        }
        if (sink != null) {
            emit(new PriorityChanged(seq++, tick, eventCpu, t.tid(), old, p, cause));
        }
        needResched = true;
    }

    /** As {@link #setState(SimThread, ThreadState, KernelObject)}, reported on {@code cpu}. */
    void setState(SimThread t, ThreadState to, int cpu) {
        int saved = eventCpu;
        eventCpu = cpu;
        setState(t, to, null);
        eventCpu = saved;
    }

    /** The one place a thread's state changes; checks "blocked ⇔ waiting on an object". */
    void setState(SimThread t, ThreadState to, KernelObject object) {
        if (to.isBlocked() != (object != null)) {
            throw new IllegalStateException("thread " + t.tid() + " to " + to + " with object " + object);
        }
        ThreadState from = t.state;
        t.state = to;
        t.waitingOn = object;
        if (sink != null) {
            emit(new ThreadStateChanged(seq++, tick, eventCpu, t.tid(), from, to,
                    object == null ? "" : object.name()));
        }
    }

    private void requireRunning(SimThread t) {
        if (t != current || t.state != ThreadState.RUNNING) {
            throw new IllegalStateException("kernel call by thread " + t.tid() + " in state " + t.state
                    + (t == current ? " (a step made a second kernel call after blocking)" : " (not executing)"));
        }
    }

    // ---------------------------------------------------------------- events

    /** Attaches the event sink (null detaches it). With none, the kernel builds no events. */
    public void setSink(EventSink sink) {
        this.sink = sink;
    }

    /** The listener told after every step, or null; add one with {@link StepListener#chain}. */
    public StepListener stepListener() {
        return stepListener;
    }

    /** Sets (or clears, with null) the listener told after every step. */
    public void setStepListener(StepListener listener) {
        this.stepListener = listener;
    }

    /** Sets (or clears, with null) the listener told of every happens-before edge (the race detector). */
    public void setSyncListener(SyncListener listener) {
        this.syncListener = listener;
    }

    /**
     * {@code t} acquired {@code o} for the sync listener only, with no event: barrier departures and
     * thread pool hand-offs, whose events say something else.
     */
    public void syncAcquired(SimThread t, KernelObject o) {
        if (syncListener != null) {
            syncListener.acquired(t, o, LockMode.TOKEN);
        }
    }

    /** {@code t} released {@code o} for the sync listener only, with no event (see {@link #syncAcquired}). */
    public void syncReleased(SimThread t, KernelObject o) {
        if (syncListener != null && t != null) {
            syncListener.released(t, o, LockMode.TOKEN);
        }
    }

    /** {@code t} made an atomic access at memory {@code address} (atomic builtins, fences, pthread_once). */
    public void synchronizedOn(SimThread t, long address) {
        if (syncListener != null) {
            syncListener.synchronizedOn(t, address);
        }
    }

    public boolean hasSink() {
        return sink != null;
    }

    private void emit(KernelEvent e) {
        sink.accept(e);
    }

    void emitSwitch(int cpu, int fromTid, int toTid, SwitchReason reason) {
        if (sink != null) {
            emit(new ContextSwitched(seq++, tick, cpu, fromTid, toTid, reason));
        }
    }

    public void emitAcquired(SimThread t, KernelObject o, LockMode mode) {
        if (syncListener != null) {
            syncListener.acquired(t, o, mode);
        }
        if (sink != null) {
            emit(new LockAcquired(seq++, tick, eventCpu, t.tid(), o.name(), mode));
        }
    }

    /** {@code t} is null when the kernel or the driver gives the object back (a semaphore post). */
    public void emitReleased(SimThread t, KernelObject o, LockMode mode) {
        if (syncListener != null && t != null) {
            syncListener.released(t, o, mode);
        }
        if (sink != null) {
            emit(new LockReleased(seq++, tick, eventCpu, t == null ? 0 : t.tid(), o.name(), mode));
        }
    }

    /** {@code by} is null when the kernel itself (a timer, the driver) woke the waiters. */
    public void emitSignalled(SimThread by, KernelObject o, SignalKind kind, int woken) {
        if (sink != null) {
            emit(new Signalled(seq++, tick, eventCpu, by == null ? 0 : by.tid(), o.name(), kind, woken));
        }
    }

    public void emitPool(KernelObject pool, PoolChange change, int processing, int blocking, int total) {
        if (sink != null) {
            emit(new PoolChanged(seq++, tick, eventCpu, pool.name(), change, processing, blocking, total));
        }
    }

    // ---------------------------------------------------------------- state, read-only

    public long tick() {
        return tick;
    }

    public long instructions() {
        return instructions;
    }

    public long contextSwitches() {
        return scheduler.contextSwitches;
    }

    /** Threads created since the kernel started, reaped ones included. */
    public long threadsCreated() {
        return threadsCreated;
    }

    public int liveThreads() {
        return liveThreads;
    }

    /**
     * Instructions the CPU executing the current step may still use in this tick (at least 1).
     * A body that runs many thread-local instructions in one step stops there, so timeslices
     * and timer interrupts fall where they would on real hardware.
     */
    public int tickBudgetLeft() {
        if (current == null || current.cpu == null) {
            return 1;
        }
        return Math.max(1, tickLength - current.cpu.used);
    }

    /** The thread executing the current step, or null between steps. */
    public SimThread current() {
        return current;
    }

    /** Every thread not yet reaped (alive, or dead and joinable), in creation order. */
    public List<SimThread> threads() {
        return Collections.unmodifiableList(threads);
    }

    public List<SimProcess> processes() {
        return Collections.unmodifiableList(processes);
    }

    public List<Cpu> cpus() {
        return List.of(scheduler.cpus());
    }

    /**
     * For explorer choosers only: during a PREEMPT or DISPATCH choice, the threads its options
     * stand for, in option order (option 0, the running thread, first; then the READY threads of
     * its priority in queue order); during a CPU choice, the threads running on the candidate
     * CPUs in option order. Empty at any other time. Read-only: a fresh list.
     */
    public List<SimThread> choiceCandidates() {
        return scheduler.choiceCandidates();
    }

    /** Number of READY threads (not running). */
    public int readyCount() {
        return scheduler.ready().size();
    }

    /** True while a timeout is pending. */
    public boolean hasTimers() {
        return !timers.isEmpty();
    }

    /**
     * For the explorer's state hash: feeds the kernel's state to {@code digest} (see
     * {@link KernelDigest}); with {@code timing} also the clock and where each CPU is in its tick;
     * {@code atSwitch} at a PREEMPT or DISPATCH choice whose READY order is irrelevant (the caller
     * has checked {@link #readyOrderIrrelevant}), where the thread on the CPU is fed as one of the
     * READY threads.
     * {@code callPending} says which threads are inside a kernel call their body has yet to finish
     * (their call result still matters); {@code objectKey} names each object the same way
     * whatever order the objects were created in. Call it between steps (at a PREEMPT, DISPATCH
     * or CPU choice).
     */
    public void digest(StateDigest digest, boolean timing, boolean atSwitch, Predicate<SimThread> callPending,
                       ToLongFunction<KernelObject> objectKey) {
        KernelDigest.digest(this, scheduler, tickLength, nextTid, digest, timing, atSwitch, callPending, objectKey);
    }

    /**
     * For the explorer's state hash: true when the order of the READY queues only numbers the
     * options of the next scheduling choice (one CPU, choices on, every live thread RR and none
     * in an atomic section; see KernelDigest).
     */
    public boolean readyOrderIrrelevant() {
        return KernelDigest.readyOrderIrrelevant(this, scheduler);
    }

    /** The object sleeping threads wait on. */
    public KernelObject clock() {
        return clock;
    }

    /** The clock: threads in NANOSLEEP wait on it; their timer ends the sleep without error. */
    private static final class SimClock extends KernelObject {
        SimClock(int id) {
            super(id, "clock");
        }

        @Override
        protected KernelObject copy(KernelCopy c) {
            return c.register(this, new SimClock(id()));
        }

        @Override
        protected void timeout(Kernel kernel, SimThread waiter) {
            kernel.wake(waiter, Errno.EOK);
        }

        @Override
        protected boolean cancelWait(Kernel kernel, SimThread waiter, int result) {
            kernel.wake(waiter, result);
            return true;
        }
    }
}
