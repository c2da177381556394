package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.sync.Interrupt;

/** The Java workloads' blocking operation: hand-off to the best receiver, else an unbounded FIFO. */
class RequestChannelTests {
    private final List<Long> got = new ArrayList<>();

    private Script.Op receive(RequestChannel c) {
        return (k, t) -> c.receive(k, t);
    }

    private Script.Op record() {
        return (k, t) -> got.add(t.value());
    }

    @Test
    void deliveryGoesToTheHighestPriorityThenLongestWaitingReceiver() {
        KernelFixture f = KernelFixture.oneCpu();
        RequestChannel c = RequestChannel.create(f.kernel, null);
        SimThread first = f.thread("first", 10, Script.of(receive(c), record()));
        SimThread second = f.thread("second", 10, Script.of(receive(c), record()));
        SimThread high = f.thread("high", 12, Script.of((k, t) -> k.sleep(t, 1), receive(c), record()));
        f.run();
        assertThat(c.name()).startsWith("channel#");
        assertThat(c.waiters().toList()).containsExactly(high, first, second);
        assertThat(c.deliver(f.kernel, 7)).isTrue();
        assertThat(c.deliver(f.kernel, 8)).isTrue();
        f.run();
        assertThat(got).containsExactly(7L, 8L);
        assertThat(high.state()).isEqualTo(ThreadState.DEAD);
        assertThat(first.state()).isEqualTo(ThreadState.DEAD);
        assertThat(second.state()).isEqualTo(ThreadState.RECEIVE);
    }

    @Test
    void queuedRequestsAreTakenInArrivalOrderAcrossRingGrowthAndWrapAround() {
        KernelFixture f = KernelFixture.oneCpu();
        RequestChannel c = RequestChannel.create(f.kernel, "requests");
        Interrupt never = Interrupt.create(f.kernel, "never");
        f.thread("keeps the process alive", 1, Script.of((k, t) -> never.await(k, t)));
        long next = 0;
        for (int i = 0; i < 10; i++) {
            assertThat(c.deliver(f.kernel, next++)).isFalse();
        }
        Script.Builder drain = Script.builder();
        for (int i = 0; i < 5; i++) {
            drain.then(receive(c), record());
        }
        f.thread("drain", 10, drain.build());
        f.run();
        for (int i = 0; i < 100; i++) {
            c.deliver(f.kernel, next++); // wraps, then grows from 16 to 128 slots
        }
        assertThat(c.queued()).isEqualTo(105);
        Script.Builder rest = Script.builder();
        for (int i = 0; i < 105; i++) {
            rest.then(receive(c), record());
        }
        f.thread("rest", 10, rest.build());
        f.run();
        assertThat(got).hasSize(110);
        for (int i = 0; i < 110; i++) {
            assertThat(got.get(i)).isEqualTo(i);
        }
        assertThat(c.queued()).isZero();
    }
}
