package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.ContextSwitched;

/**
 * The PREEMPT and DISPATCH choice points the explorer drives: where they are offered, what each
 * answer does, and that the scheduling rules (priorities, FIFO) still hold.
 */
class PreemptionChoiceTests {
    private final List<String> trace = new ArrayList<>();
    private final List<String> offered = new ArrayList<>();

    private Script.Op mark(String what) {
        return (k, t) -> trace.add(what);
    }

    /** Answers {@code answer} at the {@code at}-th PREEMPT/DISPATCH point (from 0), 0 elsewhere. */
    private Chooser switchingAt(int at, int answer) {
        return new Chooser() {
            private int seen;

            @Override
            public int choose(ChoicePoint point, int options, int realistic) {
                if (point != ChoicePoint.PREEMPT && point != ChoicePoint.DISPATCH) {
                    return realistic;
                }
                offered.add(point + "/" + options);
                return seen++ == at ? answer : 0;
            }
        };
    }

    private static KernelConfig config(Preemption preemption) {
        return KernelConfig.builder().preemption(preemption).build();
    }

    private KernelFixture twoRoundRobinThreads(Preemption preemption, Chooser chooser) {
        KernelFixture f = new KernelFixture(config(preemption), chooser);
        f.thread("a", 10, Policy.RR, Script.of(mark("a1"), mark("a2"), mark("a3")));
        f.thread("b", 10, Policy.RR, Script.of(mark("b1"), mark("b2"), mark("b3")));
        return f;
    }

    @Test
    void timerModeOffersNoChoiceAndRunsTheRealisticOrder() {
        twoRoundRobinThreads(Preemption.TIMER, switchingAt(0, 1)).run();
        assertThat(offered).isEmpty();
        assertThat(trace).containsExactly("a1", "a2", "a3", "b1", "b2", "b3");
    }

    @Test
    void answeringZeroEverywhereKeepsTheRealisticOrder() {
        twoRoundRobinThreads(Preemption.SHARED_ACCESSES, switchingAt(-1, 0)).run();
        assertThat(trace).containsExactly("a1", "a2", "a3", "b1", "b2", "b3");
        // first a dispatch choice before a's first step, then one after each of its steps while b waits
        assertThat(offered).first().isEqualTo("DISPATCH/2");
        assertThat(offered).contains("PREEMPT/2");
    }

    @Test
    void preemptingAfterAVisibleStepSwitchesToTheReadyThreadAndCountsAsASwitch() {
        KernelFixture f = twoRoundRobinThreads(Preemption.SHARED_ACCESSES, switchingAt(1, 1));
        f.run();
        assertThat(trace).containsExactly("a1", "b1", "b2", "b3", "a2", "a3");
        assertThat(f.events.of(ContextSwitched.class)).anySatisfy(s -> {
            assertThat(s.reason()).isEqualTo(SwitchReason.CHOSEN);
            assertThat(s.fromTid()).isEqualTo(1);
            assertThat(s.toTid()).isEqualTo(2);
        });
    }

    @Test
    void aDispatchChoiceLetsAnotherThreadGoFirstAndTheSkippedOneKeepsItsPlace() {
        KernelFixture f = new KernelFixture(config(Preemption.SHARED_ACCESSES), switchingAt(0, 2));
        f.thread("a", 10, Policy.RR, Script.of(mark("a")));
        f.thread("b", 10, Policy.RR, Script.of(mark("b")));
        f.thread("c", 10, Policy.RR, Script.of(mark("c")));
        f.run();
        assertThat(offered.get(0)).isEqualTo("DISPATCH/3");
        // c was chosen over a; a went back to the head of the queue, so it runs before b
        assertThat(trace).containsExactly("c", "a", "b");
    }

    @Test
    void fifoThreadsAreNeverSwitchedByAChoice() {
        KernelFixture f = new KernelFixture(config(Preemption.SHARED_ACCESSES), switchingAt(0, 1));
        f.thread("a", 10, Policy.FIFO, Script.of(mark("a1"), mark("a2")));
        f.thread("b", 10, Policy.FIFO, Script.of(mark("b1"), mark("b2")));
        f.run();
        assertThat(offered).isEmpty();
        assertThat(trace).containsExactly("a1", "a2", "b1", "b2");
    }

    @Test
    void aLowerPriorityThreadIsNeverOffered() {
        KernelFixture f = new KernelFixture(config(Preemption.SHARED_ACCESSES), switchingAt(0, 1));
        f.thread("high", 20, Policy.RR, Script.of(mark("h1"), mark("h2")));
        f.thread("low", 5, Policy.RR, Script.of(mark("l1")));
        f.run();
        assertThat(offered).isEmpty();
        assertThat(trace).containsExactly("h1", "h2", "l1");
    }

    @Test
    void kernelCallModeSkipsStepsThatEndedOnSharedMemory() {
        KernelFixture f = new KernelFixture(config(Preemption.KERNEL_CALLS), switchingAt(-1, 0));
        ThreadBody sharedOnly = new ThreadBody() {
            private int steps;

            @Override
            public int step(Kernel kernel, SimThread self) {
                if (++steps == 3) {
                    kernel.exitThread(self, 0);
                }
                return 1;
            }

            @Override
            public StepEnd lastStepEnd() {
                return steps == 3 ? StepEnd.KERNEL_CALL : StepEnd.SHARED_ACCESS;
            }
        };
        f.thread("a", 10, Policy.RR, sharedOnly);
        f.thread("b", 10, Policy.RR, Script.of(mark("b")));
        f.run();
        // only the dispatch choice before a's first step: its shared accesses are not switch points here
        assertThat(offered).containsExactly("DISPATCH/2");
    }
}
