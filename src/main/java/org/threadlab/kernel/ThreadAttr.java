package org.threadlab.kernel;

/**
 * Attributes for a new thread (pthread_attr_t's scheduling and detach state). A priority of 0 and
 * a null policy mean "inherit from the creating thread" (PTHREAD_INHERIT_SCHED).
 */
public record ThreadAttr(int priority, Policy policy, boolean detached) {
    public static final ThreadAttr INHERIT = new ThreadAttr(0, null, false);

    public ThreadAttr {
        if (priority < 0 || priority > 255) {
            throw new IllegalArgumentException("priority must be between 1 and 255, got " + priority);
        }
    }

    /** Explicit scheduling: {@code priority} (1..255) with {@code policy}. */
    public static ThreadAttr explicit(int priority, Policy policy) {
        if (priority == 0) {
            throw new IllegalArgumentException("priority 0 is reserved for the idle thread");
        }
        return new ThreadAttr(priority, policy, false);
    }

    public ThreadAttr detachedThread() {
        return new ThreadAttr(priority, policy, true);
    }
}
