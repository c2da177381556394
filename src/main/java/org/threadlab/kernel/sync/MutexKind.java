package org.threadlab.kernel.sync;

/** pthread mutex types. NORMAL is the default, as on Linux. */
public enum MutexKind {
    /** Relocking by the owner deadlocks the thread (the explorer reports it). */
    NORMAL,
    /** Relocking returns EDEADLK; unlocking a mutex the caller does not own returns EPERM. */
    ERROR_CHECK,
    /** The owner may lock again; it must unlock as many times. */
    RECURSIVE
}
