package org.threadlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.event.ProcessExited;
import org.threadlab.kernel.event.ThreadCreated;

/** Creation, join, detach, exit values and process exit. */
class ThreadLifecycleTests {
    private final List<String> log = new ArrayList<>();

    @Test
    void joinBlocksInJoinStateAndReturnsTheExitValue() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread worker = f.thread("worker", 10, Script.of((k, t) -> k.sleep(t, 3), (k, t) -> k.exitThread(t, 42)));
        SimThread main = f.thread("main", 10, Script.of((k, t) -> k.join(t, worker),
                (k, t) -> log.add(t.result() + "/" + t.value())));
        f.kernel.run(2); // the worker's sleep, then main's join
        assertThat(main.state()).isEqualTo(ThreadState.JOIN);
        assertThat(main.waitingOn()).isSameAs(worker);
        f.run();
        assertThat(log).containsExactly("0/42");
    }

    @Test
    void joiningAThreadThatAlreadyEndedReturnsAtOnceAndOnlyOnce() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread worker = f.thread("worker", 20, Script.of((k, t) -> k.exitThread(t, 7)));
        f.thread("main", 10, Script.of((k, t) -> k.join(t, worker), (k, t) -> log.add(t.result() + "/" + t.value()),
                (k, t) -> k.join(t, worker), (k, t) -> log.add(Errno.name(t.result()))));
        f.run();
        assertThat(log).containsExactly("0/7", "ESRCH");
    }

    @Test
    void joinErrorsFollowPosix() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread detached = f.kernel.createThread(f.process, "d", Script.of((k, t) -> k.sleep(t, 5)),
                ThreadAttr.INHERIT.detachedThread(), null);
        f.thread("main", 10, Script.of(
                (k, t) -> k.join(t, t), (k, t) -> log.add(Errno.name(t.result())),
                (k, t) -> k.join(t, detached), (k, t) -> log.add(Errno.name(t.result()))));
        f.run();
        assertThat(log).containsExactly("EDEADLK", "EINVAL");
    }

    @Test
    void detachingADeadThreadReapsIt() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread worker = f.thread("worker", 20, Script.of((k, t) -> k.exitThread(t, 1)));
        f.thread("main", 10, Script.of((k, t) -> k.detach(t, worker), (k, t) -> log.add(Errno.name(t.result())),
                (k, t) -> k.detach(t, worker), (k, t) -> log.add(Errno.name(t.result()))));
        f.run();
        assertThat(log).containsExactly("EOK", "ESRCH");
    }

    @Test
    void processEndsWithItsLastThread() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("a", 10, Script.of((k, t) -> k.sleep(t, 2)));
        f.thread("b", 10, Script.of((k, t) -> { }));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(f.process.hasExited()).isTrue();
        assertThat(f.events.of(ProcessExited.class)).hasSize(1);
        assertThat(f.events.of(ProcessExited.class).get(0).tick()).isEqualTo(2);
    }

    @Test
    void exitingTheProcessKillsEveryThreadWhereverItIs() {
        KernelFixture f = KernelFixture.oneCpu();
        SimThread sleeper = f.thread("sleeper", 10, Script.of((k, t) -> k.sleep(t, 1000)));
        SimThread ready = f.thread("ready", 5, Script.of((k, t) -> { }));
        f.thread("main", 10, Script.of((k, t) -> k.exitProcess(t.process(), 3)));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(sleeper.state()).isEqualTo(ThreadState.DEAD);
        assertThat(ready.state()).isEqualTo(ThreadState.DEAD);
        assertThat(f.process.exitStatus()).isEqualTo(3);
        assertThat(f.kernel.tick()).isZero();
        assertThat(f.kernel.hasTimers()).isFalse();
    }

    @Test
    void newThreadsInheritTheCreatorsSchedulingUnlessExplicit() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("main", 17, Policy.FIFO, Script.of(
                (k, t) -> k.createThread(t.process(), "inherits", Script.of(), ThreadAttr.INHERIT, t),
                (k, t) -> k.createThread(t.process(), "explicit", Script.of(), ThreadAttr.explicit(3, Policy.RR), t)));
        f.run();
        List<ThreadCreated> created = f.events.of(ThreadCreated.class);
        assertThat(created).extracting(ThreadCreated::priority).containsExactly(17, 17, 3);
        assertThat(created).extracting(ThreadCreated::policy).containsExactly(Policy.FIFO, Policy.FIFO, Policy.RR);
        assertThat(created.get(1).creator()).isEqualTo(created.get(0).tid());
    }

    @Test
    void priorityZeroIsReservedForTheIdleThread() {
        assertThatThrownBy(() -> ThreadAttr.explicit(0, Policy.RR)).hasMessageContaining("idle");
        assertThatThrownBy(() -> ThreadAttr.explicit(256, Policy.RR)).hasMessageContaining("255");
    }

    @Test
    void loweringOwnPriorityBelowAReadyThreadGivesItTheCpu() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("a", 20, Script.of((k, t) -> log.add("a1"), (k, t) -> k.setPriority(t, t, 5), (k, t) -> log.add("a2")));
        f.thread("b", 10, Script.of((k, t) -> log.add("b")));
        f.thread("c", 10, Script.of((k, t) -> k.setPriority(t, t, 300), (k, t) -> log.add(Errno.name(t.result()))));
        f.run();
        assertThat(log).containsExactly("a1", "b", "EINVAL", "a2");
    }

    @Test
    void aStepMayNotMakeASecondKernelCallAfterBlocking() {
        KernelFixture f = KernelFixture.oneCpu();
        f.thread("bad", 10, (k, t) -> {
            k.sleep(t, 1);
            k.sleep(t, 1);
            return 1;
        });
        assertThatThrownBy(f::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("second kernel call");
    }
}
