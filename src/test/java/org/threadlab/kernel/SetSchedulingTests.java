package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Kernel.setScheduling (pthread_setschedparam): the policy and the priority change together. */
class SetSchedulingTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op mark(String what) {
        return (k, t) -> trace.add(what);
    }

    private static KernelFixture tenInstructionTicks() {
        return new KernelFixture(KernelConfig.builder().instructionsPerTick(10).timesliceTicks(4).build());
    }

    @Test
    void fifoThreadSwitchedToRoundRobinGivesWayAfterItsTimeslice() {
        KernelFixture f = tenInstructionTicks();
        f.thread("a", 10, Policy.FIFO, Script.builder().then((k, t) -> k.setScheduling(t, t, Policy.RR, 10))
                .then(mark("a")).times(100).build());
        f.thread("b", 10, Policy.FIFO, Script.builder().then(mark("b")).times(10).build());
        f.run();
        // a's steps alternate set/mark; a fresh RR slice is 4 ticks x 10 instructions = 20 marks
        assertThat(trace.subList(0, 20)).containsOnly("a");
        assertThat(trace.subList(20, 30)).containsOnly("b");
    }

    @Test
    void roundRobinThreadSwitchedToFifoKeepsTheCpu() {
        KernelFixture f = tenInstructionTicks();
        Script.Builder body = Script.builder().then((k, t) -> k.setScheduling(t, t, Policy.FIFO, 10));
        for (int i = 0; i < 200; i++) {
            body.then(mark("a"));
        }
        SimThread a = f.thread("a", 10, Policy.RR, body.build());
        f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(3).build());
        f.run();
        assertThat(a.policy()).isEqualTo(Policy.FIFO);
        assertThat(trace.subList(0, 200)).containsOnly("a");
        assertThat(trace.subList(200, 203)).containsOnly("b");
    }

    @Test
    void anotherThreadsPolicyAndPriorityChangeAndBadPrioritiesAreRefused() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread target = f.thread("target", 5, Policy.RR, Script.of(mark("target")));
        List<String> results = new ArrayList<>();
        f.thread("setter", 20, Policy.RR, Script.of(
                (k, t) -> k.setScheduling(t, target, Policy.FIFO, 0),
                (k, t) -> results.add(Errno.name(t.result()) + " " + target.policy() + " " + target.basePriority()),
                (k, t) -> k.setScheduling(t, target, Policy.FIFO, 30),
                (k, t) -> results.add(Errno.name(t.result()) + " " + target.policy() + " " + target.basePriority()),
                mark("setter")));
        f.run();
        assertThat(results).containsExactly("EINVAL RR 5", "EOK FIFO 30");
        // raised above the setter, the target ran at once
        assertThat(trace).containsExactly("target", "setter");
    }
}
