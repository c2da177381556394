package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A simulated thread. It is also a kernel object: a thread blocked in pthread_join waits on the
 * thread it joins.
 *
 * <p>Every field below is guarded by the kernel, which runs on one Java thread; the groups say
 * which part of the kernel changes them.
 */
public final class SimThread extends KernelObject {
    // Identity, fixed at creation.
    private final int tid;
    private final SimProcess process;
    ThreadBody body;
    /** What the program calls the thread (its start routine, a role); shown in events. */
    String label;

    // Scheduling, changed by Kernel.
    ThreadState state = ThreadState.READY;
    KernelObject waitingOn;
    int basePriority;
    int priority;
    Policy policy;
    int sliceLeft;
    Cpu cpu;
    /** Nesting depth of atomic sections (Kernel.beginAtomic); while above 0 the thread is not preempted. */
    int atomicDepth;
    boolean onReadyQueue;
    SimThread readyNext;
    SimThread readyPrev;
    /** A PREEMPT or DISPATCH choice is due before this thread's next step. */
    boolean choiceDue;
    /** It has executed a step since it last got a CPU. */
    boolean ranSinceDispatch;

    // Waiting, changed by WaitQueue and TimerQueue.
    WaitQueue waitQueue;
    SimThread waitNext;
    SimThread waitPrev;
    long waitSeq;
    long wakeTick;
    long timerSeq;
    int timerIndex = -1;

    // Outcome of the last kernel call, set by the primitive that completes it.
    private int result;
    private long value;
    /** Call-specific state a primitive keeps while the thread is blocked (e.g. a condvar's mutex). */
    private Object waitData;
    private int waitMode;

    // Ownership and lifetime.
    final List<KernelObject> owned = new ArrayList<>(2);
    /** The object told when this thread terminates (the pool that counts it), or null. */
    KernelObject exitWatcher;
    boolean detached;
    /** Joined, or detached and dead: its id may no longer be joined. */
    boolean reaped;
    long exitValue;
    long instructions;

    SimThread(int objectId, int tid, SimProcess process, String name, ThreadBody body,
              int priority, Policy policy) {
        super(objectId, name);
        this.tid = tid;
        this.process = process;
        this.body = body;
        this.basePriority = priority;
        this.priority = priority;
        this.policy = policy;
    }

    /**
     * This thread's copy (see {@link KernelObject#copy}): every field, with the threads, objects,
     * CPU and body it points to copied through {@code c}. Its wait queue links are set when the
     * queue it waits in is copied.
     */
    @Override
    protected SimThread copy(KernelCopy c) {
        SimThread n = c.register(this, new SimThread(id(), tid, c.process(process), name(), null, basePriority, policy));
        n.body = c.body(body);
        n.label = label;
        n.state = state;
        n.waitingOn = c.object(waitingOn);
        n.priority = priority;
        n.sliceLeft = sliceLeft;
        n.cpu = c.cpu(cpu);
        n.atomicDepth = atomicDepth;
        n.onReadyQueue = onReadyQueue;
        n.readyNext = c.thread(readyNext);
        n.readyPrev = c.thread(readyPrev);
        n.choiceDue = choiceDue;
        n.ranSinceDispatch = ranSinceDispatch;
        n.waitSeq = waitSeq;
        n.wakeTick = wakeTick;
        n.timerSeq = timerSeq;
        n.timerIndex = timerIndex;
        n.result = result;
        n.value = value;
        n.waitData = waitData instanceof KernelObject o ? c.object(o) : copyWaitData(waitData);
        n.waitMode = waitMode;
        for (KernelObject o : owned) {
            n.owned.add(c.object(o));
        }
        n.exitWatcher = c.object(exitWatcher);
        n.detached = detached;
        n.reaped = reaped;
        n.exitValue = exitValue;
        n.instructions = instructions;
        return n;
    }

    private static Object copyWaitData(Object data) {
        if (data != null) {
            throw new UnsupportedOperationException("a thread's wait data (" + data.getClass().getSimpleName()
                    + ") cannot be copied");
        }
        return null;
    }

    /** Kernel-wide thread id, from 1 in creation order (as Linux thread ids). */
    public int tid() {
        return tid;
    }

    public SimProcess process() {
        return process;
    }

    public ThreadState state() {
        return state;
    }

    /** The object this thread is blocked on; null unless {@link ThreadState#isBlocked()}. */
    public KernelObject waitingOn() {
        return waitingOn;
    }

    /** Effective priority: the base priority, raised by inheritance while it owns contended mutexes. */
    public int priority() {
        return priority;
    }

    public int basePriority() {
        return basePriority;
    }

    public Policy policy() {
        return policy;
    }

    public String label() {
        return label;
    }

    public boolean isDetached() {
        return detached;
    }

    public boolean isAlive() {
        return state != ThreadState.DEAD;
    }

    /**
     * How many atomic sections the thread is inside (0: none). See {@link Kernel#beginAtomic}.
     */
    public int atomicDepth() {
        return atomicDepth;
    }

    /** The CPU this thread runs on, or null. */
    public Cpu cpu() {
        return cpu;
    }

    /** Result code of the last kernel call: 0 or an {@link Errno} value. */
    public int result() {
        return result;
    }

    /** Value produced by the last kernel call (a join's exit value, a semaphore's count, ...). */
    public long value() {
        return value;
    }

    /** Sets the outcome of the current kernel call. For primitives. */
    public void complete(int result, long value) {
        this.result = result;
        this.value = value;
    }

    /** Sets the result code of the current kernel call, keeping the value. For primitives. */
    public void complete(int result) {
        this.result = result;
    }

    public Object waitData() {
        return waitData;
    }

    public int waitMode() {
        return waitMode;
    }

    /** Records what a primitive needs when this thread is woken. For primitives. */
    public void setWait(Object data, int mode) {
        this.waitData = data;
        this.waitMode = mode;
    }

    /**
     * Names the object to be told when this thread terminates, replacing any earlier one (a
     * thread counts for at most one pool at a time).
     */
    public void watchExit(KernelObject watcher) {
        this.exitWatcher = watcher;
    }

    /** The objects this thread owns (mutexes), for priority inheritance and diagnoses. */
    public List<KernelObject> owned() {
        return owned;
    }

    /** Instructions this thread has executed. */
    public long instructions() {
        return instructions;
    }

    /** The exit value passed to pthread_exit or returned from the start routine. */
    public long exitValue() {
        return exitValue;
    }

    @Override
    public List<SimThread> holders() {
        return isAlive() ? List.of(this) : List.of();
    }

    @Override
    protected void timeout(Kernel kernel, SimThread waiter) {
        throw new IllegalStateException("join has no timeout");
    }

    /** A joiner's wait may be ended early (pthread_join is a cancellation point). */
    @Override
    protected boolean cancelWait(Kernel kernel, SimThread waiter, int result) {
        kernel.wake(waiter, result);
        return true;
    }
}
