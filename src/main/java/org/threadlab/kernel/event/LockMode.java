package org.threadlab.kernel.event;

/** How an object was taken or given back. */
public enum LockMode {
    /** A mutex, or an rwlock for writing. */
    EXCLUSIVE("exclusive"),
    /** An rwlock for reading. */
    SHARED("shared"),
    /** One unit of a semaphore's count. */
    TOKEN("token");

    private final String text;

    LockMode(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
