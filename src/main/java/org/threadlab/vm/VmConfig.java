package org.threadlab.vm;

/**
 * The sandbox budgets of one run and the thread stack size. Immutable; built with
 * {@link #builder()}, whose setters reject a bad value at once with a message naming the setting
 * (as {@link org.threadlab.kernel.KernelConfig}). Wall-clock time is not here: the runner checks
 * it between kernel steps.
 */
public final class VmConfig {
    public static final long MIB = 1024 * 1024;

    private final long instructions;
    private final long memoryBytes;
    private final int threads;
    private final long outputBytes;
    private final int callDepth;
    private final int stackBytes;
    private final int mainStackBytes;

    private VmConfig(Builder b) {
        this.instructions = b.instructions;
        this.memoryBytes = b.memoryBytes;
        this.threads = b.threads;
        this.outputBytes = b.outputBytes;
        this.callDepth = b.callDepth;
        this.stackBytes = b.stackBytes;
        this.mainStackBytes = b.mainStackBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * 50 million instructions, 64 MiB, 256 threads, 1 MiB output, call depth 10,000, 256 KiB
     * thread stacks and an 8 MiB main stack (Linux's default, so a large local array in main works
     * as it does there; stacks commit memory only as they are used).
     */
    public static VmConfig defaults() {
        return builder().build();
    }

    /** Instructions all threads together may execute. */
    public long instructions() {
        return instructions;
    }

    /** Bytes of live segments (globals, strings, heap blocks, committed stack) at any time. */
    public long memoryBytes() {
        return memoryBytes;
    }

    /** Threads alive at once, main included; pthread_create beyond it fails with EAGAIN. */
    public int threads() {
        return threads;
    }

    /** Bytes the program may write to its console (stdout and stderr together). */
    public long outputBytes() {
        return outputBytes;
    }

    /** Frames one thread may have at once. */
    public int callDepth() {
        return callDepth;
    }

    /** Size of the stack segment of each thread pthread_create starts. */
    public int stackBytes() {
        return stackBytes;
    }

    /** Size of the main thread's stack segment. */
    public int mainStackBytes() {
        return mainStackBytes;
    }

    public Builder toBuilder() {
        return builder().instructions(instructions).memoryBytes(memoryBytes).threads(threads)
                .outputBytes(outputBytes).callDepth(callDepth).stackBytes(stackBytes).mainStackBytes(mainStackBytes);
    }

    @Override
    public String toString() {
        return "instructions=" + instructions + " memory=" + memoryBytes + " threads=" + threads
                + " output=" + outputBytes + " callDepth=" + callDepth + " stack=" + stackBytes
                + " mainStack=" + mainStackBytes;
    }

    /** Validating builder; each setter throws IllegalArgumentException naming the setting. */
    public static final class Builder {
        private long instructions = 50_000_000;
        private long memoryBytes = 64 * MIB;
        private int threads = 256;
        private long outputBytes = MIB;
        private int callDepth = 10_000;
        private int stackBytes = 256 * 1024;
        private int mainStackBytes = 8 * 1024 * 1024;

        private Builder() {
        }

        public Builder instructions(long n) {
            require(n >= 1, "instructions must be at least 1, got " + n);
            this.instructions = n;
            return this;
        }

        public Builder memoryBytes(long n) {
            require(n >= 4096 && n <= 1L << 40, "memoryBytes must be between 4096 and 2^40, got " + n);
            this.memoryBytes = n;
            return this;
        }

        public Builder threads(int n) {
            require(n >= 1 && n <= 100_000, "threads must be between 1 and 100000, got " + n);
            this.threads = n;
            return this;
        }

        public Builder outputBytes(long n) {
            require(n >= 0, "outputBytes must not be negative, got " + n);
            this.outputBytes = n;
            return this;
        }

        public Builder callDepth(int n) {
            require(n >= 1 && n <= 1_000_000, "callDepth must be between 1 and 1000000, got " + n);
            this.callDepth = n;
            return this;
        }

        public Builder stackBytes(int n) {
            require(n >= 1024 && n <= 1 << 30, "stackBytes must be between 1024 and 2^30, got " + n);
            this.stackBytes = n;
            return this;
        }

        public Builder mainStackBytes(int n) {
            require(n >= 1024 && n <= 1 << 30, "mainStackBytes must be between 1024 and 2^30, got " + n);
            this.mainStackBytes = n;
            return this;
        }

        public VmConfig build() {
            return new VmConfig(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
