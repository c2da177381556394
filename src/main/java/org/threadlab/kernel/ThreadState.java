package org.threadlab.kernel;

/**
 * Kernel states of a simulated thread, with the QNX names of seed 003 ("Kernel states, the
 * complete list"). A thread is RUNNING on exactly one CPU, READY on exactly one ready queue, or
 * blocked in one of the other states with {@link SimThread#waitingOn()} naming the object it
 * waits for. Only {@link Kernel} changes a thread's state.
 */
public enum ThreadState {
    /** Executing on a CPU; on no queue; the CPU's {@code running} field owns it. */
    RUNNING,
    /** Able to run; on the ready queue of its priority; a higher or equal priority thread holds every CPU. */
    READY,
    /** Waiting to acquire a mutex; on the mutex's wait queue; the mutex owner is who it waits for. */
    MUTEX,
    /** Waiting for a semaphore count; on the semaphore's wait queue. */
    SEM,
    /** Waiting for a condition variable or sleepon to be signalled; on its wait queue. */
    CONDVAR,
    /**
     * Waiting to take a readers/writer lock; on the lock's wait queue. QNX builds rwlocks on a
     * condvar and shows CONDVAR; ThreadLab names the lock's own state so a student sees why.
     */
    RWLOCK,
    /**
     * Waiting for the other threads of a barrier; on the barrier's wait queue. QNX shows CONDVAR
     * here (its barriers are condvar-based); ThreadLab keeps the meaning separate.
     */
    BARRIER,
    /** Waiting for another thread to terminate (pthread_join); on that thread's wait queue. */
    JOIN,
    /** Sleeping for a period of simulated time; on the clock's wait queue and the timer queue. */
    NANOSLEEP,
    /** Waiting for a message or request to arrive (a pool's blocking operation); on the channel's queue. */
    RECEIVE,
    /** Waiting for an interrupt from simulated hardware; on the interrupt's wait queue. */
    INTR,
    /** Terminated; on no queue. A joinable thread stays DEAD until it is joined. */
    DEAD;

    /** True for the states in which a thread waits on an object. */
    public boolean isBlocked() {
        return this != RUNNING && this != READY && this != DEAD;
    }
}
