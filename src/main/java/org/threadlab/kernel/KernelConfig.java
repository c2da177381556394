package org.threadlab.kernel;

/**
 * How a kernel is set up: CPUs, tick length, RR timeslice and the switchable semantics. Immutable;
 * built with {@link #builder()}, whose setters reject a bad value at once with a message naming
 * the setting.
 */
public final class KernelConfig {
    public static final int MAX_CPUS = 16;

    private final int cpus;
    private final int instructionsPerTick;
    private final int timesliceTicks;
    private final int defaultPriority;
    private final Policy defaultPolicy;
    private final boolean priorityInheritance;
    private final boolean spuriousWakeups;
    private final boolean writerPreference;
    private final Preemption preemption;

    private KernelConfig(Builder b) {
        this.cpus = b.cpus;
        this.instructionsPerTick = b.instructionsPerTick;
        this.timesliceTicks = b.timesliceTicks;
        this.defaultPriority = b.defaultPriority;
        this.defaultPolicy = b.defaultPolicy;
        this.priorityInheritance = b.priorityInheritance;
        this.spuriousWakeups = b.spuriousWakeups;
        this.writerPreference = b.writerPreference;
        this.preemption = b.preemption;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One CPU, 100 instructions a tick, RR timeslice of 4 ticks, priority inheritance on. */
    public static KernelConfig defaults() {
        return builder().build();
    }

    public int cpus() {
        return cpus;
    }

    /** Instructions one CPU executes in one clock tick (realistic mode). */
    public int instructionsPerTick() {
        return instructionsPerTick;
    }

    /** RR timeslice in ticks (seed 003: 4 times the tick size). */
    public int timesliceTicks() {
        return timesliceTicks;
    }

    /** Priority of threads created with nothing to inherit from (QNX starts programs at 10). */
    public int defaultPriority() {
        return defaultPriority;
    }

    public Policy defaultPolicy() {
        return defaultPolicy;
    }

    public boolean priorityInheritance() {
        return priorityInheritance;
    }

    /** When true, every condvar wait is a choice point that may end without a signal. */
    public boolean spuriousWakeups() {
        return spuriousWakeups;
    }

    /** True for writer preference on rwlocks (the default), false for reader preference. */
    public boolean writerPreference() {
        return writerPreference;
    }

    /** Where the chooser may switch threads besides the timer ({@link Preemption#TIMER} by default). */
    public Preemption preemption() {
        return preemption;
    }

    public Builder toBuilder() {
        return builder().cpus(cpus).instructionsPerTick(instructionsPerTick)
                .timesliceTicks(timesliceTicks).defaultPriority(defaultPriority)
                .defaultPolicy(defaultPolicy).priorityInheritance(priorityInheritance)
                .spuriousWakeups(spuriousWakeups).writerPreference(writerPreference)
                .preemption(preemption);
    }

    @Override
    public String toString() {
        return "cpus=" + cpus + " instructionsPerTick=" + instructionsPerTick + " timeslice="
                + timesliceTicks + " priority=" + defaultPriority + " policy=" + defaultPolicy
                + " inheritance=" + priorityInheritance + " spurious=" + spuriousWakeups
                + " rwlock=" + (writerPreference ? "writer" : "reader") + "-preference"
                + " preemption=" + preemption;
    }

    /** Validating builder; each setter throws IllegalArgumentException naming the setting. */
    public static final class Builder {
        private int cpus = 1;
        private int instructionsPerTick = 100;
        private int timesliceTicks = 4;
        private int defaultPriority = 10;
        private Policy defaultPolicy = Policy.RR;
        private boolean priorityInheritance = true;
        private boolean spuriousWakeups;
        private boolean writerPreference = true;
        private Preemption preemption = Preemption.TIMER;

        private Builder() {
        }

        public Builder cpus(int cpus) {
            require(cpus >= 1 && cpus <= MAX_CPUS, "cpus must be between 1 and " + MAX_CPUS + ", got " + cpus);
            this.cpus = cpus;
            return this;
        }

        public Builder instructionsPerTick(int n) {
            require(n >= 1 && n <= 1_000_000, "instructionsPerTick must be between 1 and 1000000, got " + n);
            this.instructionsPerTick = n;
            return this;
        }

        public Builder timesliceTicks(int ticks) {
            require(ticks >= 1 && ticks <= 1_000_000, "timesliceTicks must be between 1 and 1000000, got " + ticks);
            this.timesliceTicks = ticks;
            return this;
        }

        public Builder defaultPriority(int priority) {
            require(priority >= 1 && priority <= 255, "defaultPriority must be between 1 and 255, got " + priority);
            this.defaultPriority = priority;
            return this;
        }

        public Builder defaultPolicy(Policy policy) {
            require(policy != null, "defaultPolicy must not be null");
            this.defaultPolicy = policy;
            return this;
        }

        public Builder priorityInheritance(boolean on) {
            this.priorityInheritance = on;
            return this;
        }

        public Builder spuriousWakeups(boolean on) {
            this.spuriousWakeups = on;
            return this;
        }

        public Builder writerPreference(boolean on) {
            this.writerPreference = on;
            return this;
        }

        public Builder preemption(Preemption preemption) {
            require(preemption != null, "preemption must not be null");
            this.preemption = preemption;
            return this;
        }

        public KernelConfig build() {
            return new KernelConfig(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
