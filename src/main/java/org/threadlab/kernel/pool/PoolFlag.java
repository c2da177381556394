package org.threadlab.kernel.pool;

import java.util.Locale;

/**
 * The {@code flags} of thread_pool_create(), with seed 003's description of each. The pool only
 * records the flag and, for {@link #USE_SELF}, counts the caller of thread_pool_start() as a
 * pool thread; the caller itself then acts on it (works, exits or returns).
 */
public enum PoolFlag {
    /** The thread_pool_start() function will not return, but the calling thread will be incorporated into the pool of threads. */
    USE_SELF("POOL_FLAG_USE_SELF", "thread_pool_start() will not return, but the calling thread "
            + "will be incorporated into the pool of threads"),
    /** The thread_pool_start() function will not return, nor will the calling thread be incorporated into the pool of threads. */
    EXIT_SELF("POOL_FLAG_EXIT_SELF", "thread_pool_start() will not return, nor will the calling "
            + "thread be incorporated into the pool of threads"),
    /** Flags 0: the thread_pool_start() function will return, with new threads being created as required. */
    NONE("0", "thread_pool_start() will return, with new threads being created as required");

    private final String cName;
    private final String description;

    PoolFlag(String cName, String description) {
        this.cName = cName;
        this.description = description;
    }

    /** The C spelling: "POOL_FLAG_USE_SELF", "POOL_FLAG_EXIT_SELF" or "0". */
    public String cName() {
        return cName;
    }

    /** Seed 003's description of the flag. */
    public String description() {
        return description;
    }

    /**
     * Parses USE_SELF, EXIT_SELF or 0 (also NONE and the POOL_FLAG_ spellings), ignoring case;
     * throws IllegalArgumentException naming the accepted values otherwise.
     */
    public static PoolFlag parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("POOL_FLAG_")) {
            t = t.substring("POOL_FLAG_".length());
        }
        switch (t) {
            case "USE_SELF":
                return USE_SELF;
            case "EXIT_SELF":
                return EXIT_SELF;
            case "0":
            case "NONE":
                return NONE;
            default:
                throw new IllegalArgumentException("expected USE_SELF, EXIT_SELF or 0, got '" + text + "'");
        }
    }
}
