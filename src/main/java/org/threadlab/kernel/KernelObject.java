package org.threadlab.kernel;

import java.util.List;

/**
 * Anything a thread can block on: a synchronisation object, another thread (join), the clock
 * (sleep), a channel. Each object has one wait queue; primitives decide who to wake, the queue
 * decides the order (priority, then length of wait).
 */
public abstract class KernelObject {
    private final int id;
    private final String name;
    final WaitQueue waiters = new WaitQueue();

    protected KernelObject(int id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Kernel-wide object number, assigned in creation order. */
    public final int id() {
        return id;
    }

    /** The name events and diagnoses use, e.g. "mutex#3" or a name the program gave it. */
    public final String name() {
        return name;
    }

    /** The threads blocked on this object, best first. */
    public final WaitQueue waiters() {
        return waiters;
    }

    /**
     * The threads that must act before a waiter here can go on (a mutex's owner, a joined thread);
     * empty when no thread is to blame. Used for wait-for graphs.
     */
    public List<SimThread> holders() {
        return List.of();
    }

    /** The priority this object lends its owner through inheritance; 0 when it lends none. */
    public int inheritedPriority() {
        return 0;
    }

    /** True when this object's waiters lend their priority to its holder (a mutex with inheritance). */
    public boolean lendsPriority() {
        return false;
    }

    /**
     * Called when {@code thread}, which named this object with {@link SimThread#watchExit}, has
     * terminated, however it ended (pthread_exit, return, its process exiting). A thread pool
     * uses it to count out a thread that left without telling it.
     */
    protected void threadExited(Kernel kernel, SimThread thread) {
    }

    /**
     * Called when the timer of {@code waiter}, blocked on this object, expires. By default the
     * call fails with ETIMEDOUT.
     */
    protected void timeout(Kernel kernel, SimThread waiter) {
        kernel.wake(waiter, Errno.ETIMEDOUT);
    }

    /**
     * Called by {@link Kernel#cancelWait} to end {@code waiter}'s wait here early with
     * {@code result}; returns false when a wait on this object cannot be ended that way (the
     * default: only the objects of POSIX's cancellation points allow it).
     */
    protected boolean cancelWait(Kernel kernel, SimThread waiter, int result) {
        return false;
    }

    /**
     * This object's copy for a kernel copy (the explorer's snapshots): a new object of the same
     * class, id and name, registered with {@link KernelCopy#register} before the threads and
     * objects its fields point to are copied through {@code c}. The wait queue is copied by the
     * caller. Objects that cannot be copied throw UnsupportedOperationException (the default).
     */
    protected KernelObject copy(KernelCopy c) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be copied");
    }

    @Override
    public String toString() {
        return name;
    }
}
