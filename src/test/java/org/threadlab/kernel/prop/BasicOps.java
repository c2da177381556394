package org.threadlab.kernel.prop;

import java.util.List;
import java.util.SplittableRandom;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;

/**
 * Operations on no object: thread-local work, sleep, sched_yield, pthread_setschedprio (of itself
 * or another thread), pthread_join and pthread_exit.
 */
public final class BasicOps implements OpKind {

    /** {@code n} instructions of thread-local work in one step. */
    public record Compute(int n) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            return n;
        }

        @Override
        public List<Op> simpler() {
            return n > 1 ? List.of(new Compute(1)) : List.of();
        }

        @Override
        public String toString() {
            return "compute " + n;
        }
    }

    /** Sleeps {@code ticks} clock ticks. */
    public record Sleep(int ticks) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.sleep(self, ticks);
            return 1;
        }

        @Override
        public List<Op> simpler() {
            return ticks > 1 ? List.of(new Sleep(1)) : List.of();
        }

        @Override
        public String toString() {
            return "sleep " + ticks;
        }
    }

    /** sched_yield. */
    public record Yield() implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.yield(self);
            return 1;
        }

        @Override
        public String toString() {
            return "yield";
        }
    }

    /** pthread_join of the thread labelled {@code target}. */
    public record Join(String target) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.join(self, view.thread(target));
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return target.equals(name);
        }

        @Override
        public String toString() {
            return "join " + target;
        }
    }

    /** pthread_setschedprio of the thread labelled {@code target} to {@code priority}. */
    public record SetPriority(String target, int priority) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.setPriority(self, view.thread(target), priority);
            return 1;
        }

        @Override
        public boolean refersTo(String name) {
            return target.equals(name);
        }

        @Override
        public String toString() {
            return "setprio " + target + " " + priority;
        }
    }

    /** pthread_exit with {@code value}; the operations after it never run. */
    public record Exit(long value) implements Op {
        @Override
        public int run(RunView view, Kernel kernel, SimThread self) {
            kernel.exitThread(self, value);
            return 1;
        }

        @Override
        public String toString() {
            return "exit " + value;
        }
    }

    @Override
    public void declare(SplittableRandom random, ProgramDraft program) {
    }

    @Override
    public void segment(SplittableRandom random, ThreadDraft thread) {
        int roll = random.nextInt(100);
        List<String> others = thread.others();
        if (roll < 40) {
            thread.add(new Compute(random.nextInt(4) == 0 ? 20 + random.nextInt(60) : 1 + random.nextInt(12)));
        } else if (roll < 65) {
            thread.add(new Sleep(1 + random.nextInt(5)));
        } else if (roll < 82) {
            thread.add(new Yield());
        } else if (roll < 87) {
            String target = random.nextBoolean() || others.isEmpty() ? thread.label()
                    : others.get(random.nextInt(others.size()));
            thread.add(new SetPriority(target, 1 + random.nextInt(30)));
        } else if (roll < 97 && !others.isEmpty() || !thread.careless()) {
            thread.add(others.isEmpty() ? new Yield() : new Join(others.get(random.nextInt(others.size()))));
        } else {
            thread.add(new Exit(random.nextInt(100)));
        }
    }

    @Override
    public int weight() {
        return 3;
    }
}
