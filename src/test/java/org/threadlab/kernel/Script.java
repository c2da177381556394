package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A scripted thread body for tests: a list of operations, one per step (one instruction each).
 * Blocking operations simply block; the next operation runs when the thread runs again, and can
 * read the call's outcome from {@link SimThread#result()}. When the list ends the thread exits
 * with value 0, unless it loops.
 */
public final class Script implements ThreadBody {
    /** One instruction: at most one kernel call, made last. */
    @FunctionalInterface
    public interface Op {
        void run(Kernel kernel, SimThread self);
    }

    private final List<Op> ops;
    private final int loopFrom;
    private int pc;

    private Script(List<Op> ops, int loopFrom) {
        this.ops = List.copyOf(ops);
        this.loopFrom = loopFrom;
    }

    public static Script of(Op... ops) {
        return builder().then(ops).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int step(Kernel kernel, SimThread self) {
        if (pc >= ops.size()) {
            if (loopFrom < 0) {
                kernel.exitThread(self, 0);
                return 1;
            }
            pc = loopFrom;
        }
        ops.get(pc++).run(kernel, self);
        return 1;
    }

    /** Index of the next operation, for assertions about progress. */
    public int pc() {
        return pc;
    }

    public static final class Builder {
        private final List<Op> ops = new ArrayList<>();
        private int loopFrom = -1;

        public Builder then(Op... more) {
            ops.addAll(List.of(more));
            return this;
        }

        /** {@code n} instructions of thread-local work. */
        public Builder compute(int n) {
            for (int i = 0; i < n; i++) {
                ops.add((k, t) -> { });
            }
            return this;
        }

        /** The operations so far repeat {@code times} times. */
        public Builder times(int times) {
            List<Op> body = List.copyOf(ops);
            for (int i = 1; i < times; i++) {
                ops.addAll(body);
            }
            return this;
        }

        /** Operations added after this call repeat forever. */
        public Builder forever() {
            loopFrom = ops.size();
            return this;
        }

        public Script build() {
            return new Script(ops, loopFrom);
        }
    }
}
