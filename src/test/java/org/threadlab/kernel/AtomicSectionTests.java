package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.ContextSwitched;
import org.threadlab.kernel.sync.Mutex;

/**
 * Atomic sections ({@link Kernel#beginAtomic}/{@link Kernel#endAtomic}): no other thread executes
 * an instruction inside one, whatever the timeslice, a higher-priority wake-up or a second CPU
 * would do; blocking inside suspends the section until the thread runs again.
 */
class AtomicSectionTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op mark(String what) {
        return (k, t) -> trace.add(what);
    }

    private static final Script.Op BEGIN = (k, t) -> k.beginAtomic(t);
    private static final Script.Op END = (k, t) -> k.endAtomic(t);

    private static KernelConfig shortTicks(int cpus) {
        return KernelConfig.builder().cpus(cpus).instructionsPerTick(10).timesliceTicks(1).build();
    }

    /** True when a {@code other} mark lies between the first and the last {@code inside} mark. */
    private boolean interleaved(String inside, String other) {
        int first = trace.indexOf(inside);
        int last = trace.lastIndexOf(inside);
        return first >= 0 && trace.subList(first, last + 1).contains(other);
    }

    @Test
    void timesliceDoesNotRotateAThreadInsideASectionButDoesWhenItEnds() {
        KernelFixture f = new KernelFixture(shortTicks(1));
        f.thread("a", 10, Policy.RR, Script.builder().then(BEGIN).then(repeat(mark("a"), 50)).then(END)
                .then(repeat(mark("a after"), 20)).build());
        f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(100).build());
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        // a's slice (10 instructions) expired five times inside; the rotation waits for END
        assertThat(trace.subList(0, 50)).containsOnly("a");
        assertThat(trace.get(50)).isEqualTo("b");
    }

    @Test
    void withoutASectionTheSameThreadsAlternateEveryTimeslice() {
        KernelFixture f = new KernelFixture(shortTicks(1));
        f.thread("a", 10, Policy.RR, Script.builder().then(mark("a")).times(50).build());
        f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(100).build());
        f.run();
        assertThat(interleaved("a", "b")).isTrue();
    }

    @Test
    void higherPriorityThreadWakingInsideASectionPreemptsWhenItEnds() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), mark("high")));
        SimThread low = f.thread("low", 10, Script.builder().then(BEGIN).then(repeat(mark("low"), 300))
                .then(END).then(mark("low after")).build());
        f.run();
        // high woke at tick 1 (after 100 instructions) but ran only after END
        assertThat(trace.indexOf("high")).isEqualTo(300);
        assertThat(trace.get(301)).isEqualTo("low after");
        assertThat(f.events.of(ContextSwitched.class))
                .anyMatch(s -> s.reason() == SwitchReason.PREEMPTED && s.fromTid() == low.tid());
    }

    @Test
    void onTwoCpusNoOtherCpuExecutesWhileAThreadIsInsideASection() {
        int bBesideA = 0;
        for (long seed = 0; seed <= 40; seed++) {
            trace.clear();
            Chooser chooser = seed == 0 ? Chooser.realistic() : Chooser.random(seed);
            KernelFixture f = new KernelFixture(shortTicks(2), chooser);
            f.thread("a", 10, Policy.RR, Script.builder().then(repeat(mark("a before"), 5)).then(BEGIN)
                    .then(repeat(mark("a"), 100)).then(END).then(repeat(mark("a after"), 5)).build());
            f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(300).build());
            assertThat(f.run()).isEqualTo(RunState.FINISHED);
            assertThat(interleaved("a", "b")).as("seed %d", seed).isFalse();
            if (trace.subList(0, trace.indexOf("a")).contains("b")) {
                bBesideA++;
            }
        }
        assertThat(bBesideA).as("seeds where b ran beside a before its section").isGreaterThan(20);
    }

    @Test
    void onTwoCpusTheSameThreadsInterleaveWithoutASection() {
        KernelFixture f = new KernelFixture(shortTicks(2));
        f.thread("a", 10, Policy.RR, Script.builder().then(mark("a")).times(100).build());
        f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(300).build());
        f.run();
        assertThat(interleaved("a", "b")).isTrue();
    }

    @Test
    void onTwoCpusAHigherPriorityWakeUpPreemptsTheOtherCpuButWaitsForTheSection() {
        KernelFixture f = new KernelFixture(KernelConfig.builder().cpus(2).instructionsPerTick(10).build());
        f.thread("high", 20, Script.of((k, t) -> k.sleep(t, 1), mark("high")));
        f.thread("a", 10, Script.builder().then(BEGIN).then(repeat(mark("a"), 100)).then(END)
                .then(mark("a after")).build());
        SimThread b = f.thread("b", 5, Script.builder().then(mark("b")).times(300).build());
        f.run();
        // high preempted b on the other CPU at tick 1, yet executed only after a's section
        assertThat(f.events.of(ContextSwitched.class))
                .anyMatch(s -> s.reason() == SwitchReason.PREEMPTED && s.fromTid() == b.tid());
        assertThat(trace.indexOf("high")).isGreaterThan(trace.lastIndexOf("a"));
        assertThat(interleaved("a", "b")).isFalse();
    }

    @Test
    void blockingInsideASectionSuspendsItUntilTheThreadRunsAgain() {
        KernelFixture f = new KernelFixture(shortTicks(1));
        Mutex m = Mutex.create(f.kernel);
        f.thread("b", 10, Policy.RR, Script.builder().then((k, t) -> m.lock(k, t)).then(repeat(mark("b1"), 30))
                .then((k, t) -> m.unlock(k, t)).then(repeat(mark("b2"), 100)).build());
        SimThread a = f.thread("a", 10, Policy.RR, Script.builder().then(BEGIN).then(mark("a locks"))
                .then((k, t) -> m.lock(k, t)).then(repeat(mark("a"), 40)).then(END)
                .then(repeat(mark("a after"), 10)).build());
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        // b ran while a was blocked inside its section...
        int locks = trace.indexOf("a locks");
        assertThat(trace.subList(locks, trace.indexOf("a"))).contains("b1");
        // ...and once a ran again, its section was atomic again despite 10-instruction slices
        assertThat(interleaved("a", "b2")).isFalse();
        assertThat(a.atomicDepth()).isZero();
    }

    @Test
    void sectionsNestAndOnlyTheOutermostEndEndsAtomicity() {
        KernelFixture f = new KernelFixture(shortTicks(1));
        List<Integer> depths = new ArrayList<>();
        Script.Op depth = (k, t) -> depths.add(t.atomicDepth());
        f.thread("a", 10, Policy.RR, Script.builder().then(BEGIN, BEGIN, depth, END, depth)
                .then(repeat(mark("a"), 30)).then(END, depth).build());
        f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(100).build());
        f.run();
        assertThat(depths).containsExactly(2, 1, 0);
        assertThat(interleaved("a", "b")).isFalse();
    }

    @Test
    void exitingInsideASectionEndsItAndTheOtherCpuRunsOn() {
        KernelFixture f = new KernelFixture(shortTicks(2));
        SimThread a = f.thread("a", 10, Policy.RR, Script.builder().then(BEGIN).then(repeat(mark("a"), 20)).build());
        f.thread("b", 10, Policy.RR, Script.builder().then(mark("b")).times(100).build());
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(a.atomicDepth()).isZero();
        assertThat(trace.lastIndexOf("b")).isGreaterThan(trace.lastIndexOf("a"));
        assertThat(trace.stream().filter("b"::equals)).hasSize(100);
    }

    @Test
    void endingASectionThatWasNotBegunFailsFast() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("a", 10, Script.of(END));
        assertThatThrownBy(f::run).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in");
    }

    private static Script.Op[] repeat(Script.Op op, int n) {
        Script.Op[] ops = new Script.Op[n];
        Arrays.fill(ops, op);
        return ops;
    }
}
