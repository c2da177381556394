package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.event.ContextSwitched;
import org.threadlab.kernel.sync.Mutex;

/** Seed 003's scheduling rules, one test each. */
class SchedulerTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op mark(String what) {
        return (k, t) -> trace.add(what);
    }

    @Test
    void highestPriorityReadyThreadRunsFirst() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("low", 5, Script.of(mark("low")));
        f.thread("high", 20, Script.of(mark("high")));
        f.thread("mid", 10, Script.of(mark("mid")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("high", "mid", "low");
    }

    @Test
    void threadBecomingReadyWithHigherPriorityPreemptsAtOnce() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        SimThread high = f.thread("high", 20, Script.of(
                mark("high locks"), (k, t) -> m.lock(k, t), mark("high has it")));
        SimThread low = f.thread("low", 5, Script.of(
                (k, t) -> m.lock(k, t), mark("low locked"), (k, t) -> k.sleep(t, 1), // let high block on m
                mark("low unlocks"), (k, t) -> m.unlock(k, t), mark("low after unlock")));
        // high starts first and sleeps so that low can take the mutex
        high.body = Script.of((k, t) -> k.sleep(t, 1), (k, t) -> m.lock(k, t), mark("high has it"),
                (k, t) -> m.unlock(k, t));
        f.run();
        assertThat(trace).containsSubsequence("low unlocks", "high has it", "low after unlock");
        assertThat(trace.indexOf("high has it")).isEqualTo(trace.indexOf("low unlocks") + 1);
        assertThat(low.state()).isEqualTo(ThreadState.DEAD);
    }

    @Test
    void roundRobinThreadsOfEqualPriorityAlternateEveryTimeslice() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().instructionsPerTick(10).timesliceTicks(4).build());
        Script.Op a = mark("a");
        Script.Op b = mark("b");
        f.thread("a", 10, Policy.RR, Script.builder().then(a).times(100).build());
        f.thread("b", 10, Policy.RR, Script.builder().then(b).times(100).build());
        f.run();
        // timeslice = 4 ticks x 10 instructions = 40 instructions, then the other thread
        assertThat(trace.subList(0, 40)).containsOnly("a");
        assertThat(trace.subList(40, 80)).containsOnly("b");
        assertThat(trace.subList(80, 120)).containsOnly("a");
    }

    @Test
    void fifoThreadKeepsTheCpuUntilItBlocks() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().instructionsPerTick(10).build());
        f.thread("a", 10, Policy.FIFO, Script.builder().then(mark("a")).times(100)
                .then((k, t) -> k.sleep(t, 5)).then(mark("a")).build());
        f.thread("b", 10, Policy.FIFO, Script.builder().then(mark("b")).times(3).build());
        f.run();
        assertThat(trace.subList(0, 100)).containsOnly("a");
        assertThat(trace.subList(100, 103)).containsOnly("b");
        assertThat(trace.get(103)).isEqualTo("a");
    }

    @Test
    void yieldGivesWayToEqualPriorityOnly() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("a", 10, Script.of(mark("a1"), (k, t) -> k.yield(t), mark("a2")));
        f.thread("b", 10, Script.of(mark("b1")));
        f.thread("low", 5, Script.of(mark("low")));
        f.run();
        assertThat(trace).containsExactly("a1", "b1", "a2", "low");
    }

    @Test
    void yieldWithOnlyLowerPriorityReadyKeepsRunning() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("a", 10, Script.of(mark("a1"), (k, t) -> k.yield(t), mark("a2")));
        f.thread("low", 5, Script.of(mark("low")));
        f.run();
        assertThat(trace).containsExactly("a1", "a2", "low");
    }

    @Test
    void preemptedThreadResumesBeforeOthersOfItsPriority() {
        KernelFixture f = KernelFixture.oneCpu();
        // a runs; high wakes from sleep and preempts a; a must go back to the head, ahead of b
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), mark("high")));
        f.thread("a", 10, Script.builder().then(mark("a")).times(150).build());
        f.thread("b", 10, Script.of(mark("b")));
        f.run();
        int high = trace.indexOf("high");
        assertThat(high).isEqualTo(99); // tick 0: high's sleep, then 99 instructions of a
        assertThat(trace.get(high + 1)).isEqualTo("a");
        assertThat(f.events.of(ContextSwitched.class)).anyMatch(s -> s.reason() == SwitchReason.PREEMPTED);
    }

    @Test
    void unblockedThreadGoesToTheTailOfItsPriority() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().instructionsPerTick(10).build());
        f.thread("sleeper", 10, Policy.FIFO, Script.of((k, t) -> k.sleep(t, 1), mark("sleeper")));
        f.thread("a", 10, Policy.FIFO, Script.builder().then(mark("a")).times(30).then((k, t) -> k.yield(t))
                .then(mark("a after yield")).build());
        f.thread("b", 10, Policy.FIFO, Script.of(mark("b")));
        f.run();
        // sleeper woke at tick 1, while a ran: queue is b, sleeper; a yields behind them
        assertThat(trace.subList(30, 33)).containsExactly("b", "sleeper", "a after yield");
    }

    @Test
    void sleepingFastForwardsTheClockWithoutExecuting() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("sleeper", 10, Script.of((k, t) -> k.sleep(t, 1_000_000), mark("awake")));
        f.run();
        assertThat(trace).containsExactly("awake");
        assertThat(f.kernel.tick()).isEqualTo(1_000_000);
        assertThat(f.kernel.instructions()).isEqualTo(3); // sleep, mark, exit
    }

    @Test
    void twoCpusRunTheTwoHighestPriorityThreads() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().cpus(2).build());
        SimThread low = f.thread("low", 5, Script.builder().compute(10).build());
        SimThread mid = f.thread("mid", 10, Script.builder().compute(10).build());
        SimThread high = f.thread("high", 20, Script.builder().compute(10).build());
        f.kernel.step();
        assertThat(high.state()).isEqualTo(ThreadState.RUNNING);
        assertThat(mid.state()).isEqualTo(ThreadState.RUNNING);
        assertThat(low.state()).isEqualTo(ThreadState.READY);
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void blockedThreadsWithNoTimerLeaveTheKernelQuiescent() {
        KernelFixture f = KernelFixture.oneCpu();
        Mutex m = Mutex.create(f.kernel);
        f.thread("a", 10, Script.of((k, t) -> m.lock(k, t), (k, t) -> m.lock(k, t)));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
    }

    @Test
    void aStepSeesHowMuchOfTheTickIsLeft() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().instructionsPerTick(50).build());
        List<Integer> budgets = new ArrayList<>();
        f.thread("local work", 10, (k, t) -> {
            budgets.add(k.tickBudgetLeft());
            if (budgets.size() == 3) {
                k.exitThread(t, 0);
                return 1;
            }
            return Math.min(20, k.tickBudgetLeft());
        });
        f.run();
        assertThat(budgets).containsExactly(50, 30, 10);
    }
}
