package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.SignalKind;
import org.threadlab.kernel.event.Signalled;

/** Seed 003's barrier (barrier1.c) and its reuse across generations. */
class BarrierTests {
    private final List<String> trace = new ArrayList<>();

    /** Records "name leaves at tick, value" after a barrier wait. */
    private Script.Op leaves(String name) {
        return (k, t) -> trace.add(name + " leaves at " + k.tick() + (t.value() == Barrier.SERIAL_THREAD ? " serial" : ""));
    }

    @Test
    void createRejectsACountBelowOne() {
        KernelFixture f = KernelFixture.oneCpu();
        assertThatThrownBy(() -> Barrier.create(f.kernel, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThat(Barrier.create(f.kernel, null, 1).name()).startsWith("barrier#");
    }

    /** barrier1.c: main and two threads that compute (sleep) 20 and 40 ticks meet at a barrier of 3. */
    @Test
    void barrier1AllThreeLeaveTheBarrierAtTick40() {
        KernelFixture f = KernelFixture.oneCpu();
        Barrier barrier = Barrier.create(f.kernel, "barrier", 3);
        SimThread main = f.thread("main", 10, Script.of(
                (k, t) -> k.createThread(t.process(), "thread1", Script.of((k1, t1) -> k1.sleep(t1, 20),
                        (k1, t1) -> barrier.await(k1, t1), leaves("thread1")), ThreadAttr.INHERIT, t),
                (k, t) -> k.createThread(t.process(), "thread2", Script.of((k2, t2) -> k2.sleep(t2, 40),
                        (k2, t2) -> barrier.await(k2, t2), leaves("thread2")), ThreadAttr.INHERIT, t),
                (k, t) -> barrier.await(k, t), leaves("main")));
        f.kernel.run(3); // main creates both threads and arrives first
        assertThat(main.state()).isEqualTo(ThreadState.BARRIER);
        assertThat(main.waitingOn()).isSameAs(barrier);
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).hasSize(3).allMatch(line -> line.contains(" leaves at 40"));
        assertThat(trace).filteredOn(line -> line.endsWith(" serial")).containsExactly("thread2 leaves at 40 serial");
        assertThat(f.events.of(Signalled.class)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.BARRIER_OPENED);
            assertThat(s.woken()).isEqualTo(2);
        });
    }

    @Test
    void theBarrierCanBeReusedAndEachGenerationHasExactlyOneSerialThread() {
        KernelFixture f = KernelFixture.oneCpu();
        Barrier barrier = Barrier.create(f.kernel, "frames", 3);
        int[] serials = new int[3];
        for (int i = 0; i < 3; i++) {
            long work = 3L + 4 * i;
            f.thread("worker" + i, 10 + i, Script.builder()
                    .then((k, t) -> k.sleep(t, work), (k, t) -> barrier.await(k, t),
                            (k, t) -> {
                                if (t.value() == Barrier.SERIAL_THREAD) {
                                    serials[barrier.generation() - 1]++;
                                }
                            })
                    .times(3).build());
        }
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(barrier.generation()).isEqualTo(3);
        assertThat(barrier.arrived()).isZero();
        assertThat(serials).containsExactly(1, 1, 1);
        assertThat(f.events.of(Signalled.class)).extracting(Signalled::tick).containsExactly(11L, 22L, 33L);
    }

    @Test
    void aBarrierOfOneNeverBlocksAndEveryCallIsSerial() {
        KernelFixture f = KernelFixture.oneCpu();
        Barrier barrier = Barrier.create(f.kernel, null, 1);
        f.thread("alone", 10, Script.of((k, t) -> barrier.await(k, t), leaves("alone"),
                (k, t) -> barrier.await(k, t), leaves("alone")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("alone leaves at 0 serial", "alone leaves at 0 serial");
    }

    @Test
    void tooFewThreadsLeaveTheWaitersBlocked() {
        KernelFixture f = KernelFixture.oneCpu();
        Barrier barrier = Barrier.create(f.kernel, null, 3);
        SimThread a = f.thread("a", 10, Script.of((k, t) -> barrier.await(k, t), leaves("a")));
        f.thread("b", 10, Script.of((k, t) -> barrier.await(k, t), leaves("b")));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(barrier.arrived()).isEqualTo(2);
        assertThat(a.state()).isEqualTo(ThreadState.BARRIER);
        assertThat(trace).isEmpty();
    }
}
