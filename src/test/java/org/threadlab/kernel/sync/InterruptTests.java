package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.SignalKind;
import org.threadlab.kernel.event.Signalled;

/** Seed 003's INTR state: waiting for an interrupt from the hardware. */
class InterruptTests {
    private final List<String> trace = new ArrayList<>();

    @Test
    void raiseWakesTheHighestPriorityThenLongestWaitingThread() {
        KernelFixture f = KernelFixture.oneCpu();
        Interrupt irq = Interrupt.create(f.kernel, null);
        SimThread a = f.thread("a", 10, Script.of((k, t) -> irq.await(k, t), (k, t) -> trace.add("a")));
        SimThread b = f.thread("b", 10, Script.of((k, t) -> irq.await(k, t), (k, t) -> trace.add("b")));
        SimThread c = f.thread("c", 11, Script.of((k, t) -> k.sleep(t, 1), (k, t) -> irq.await(k, t),
                (k, t) -> trace.add("c")));
        f.run();
        assertThat(irq.name()).startsWith("interrupt#");
        assertThat(a.state()).isEqualTo(ThreadState.INTR);
        assertThat(a.waitingOn()).isSameAs(irq);
        irq.raise(f.kernel);
        irq.raise(f.kernel);
        f.run();
        assertThat(trace).containsExactly("c", "a");
        assertThat(b.state()).isEqualTo(ThreadState.INTR);
        assertThat(c.state()).isEqualTo(ThreadState.DEAD);
        assertThat(f.events.of(Signalled.class)).allMatch(s -> s.kind() == SignalKind.INTERRUPT && s.woken() == 1);
    }

    @Test
    void raiseWithNoWaiterStaysPendingAndTheNextAwaitReturnsAtOnce() {
        KernelFixture f = KernelFixture.oneCpu();
        Interrupt irq = Interrupt.create(f.kernel, "disk");
        irq.raise(f.kernel);
        irq.raise(f.kernel);
        assertThat(irq.pending()).isEqualTo(2);
        f.thread("t", 10, Script.of((k, t) -> irq.await(k, t), (k, t) -> trace.add("one"),
                (k, t) -> irq.await(k, t), (k, t) -> trace.add("two"), (k, t) -> irq.await(k, t),
                (k, t) -> trace.add("three")));
        f.run();
        assertThat(trace).containsExactly("one", "two");
        assertThat(irq.pending()).isZero();
        assertThat(f.events.of(Signalled.class)).extracting(Signalled::woken).containsExactly(0, 0);
    }
}
