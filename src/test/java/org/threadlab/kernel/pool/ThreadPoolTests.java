package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.threadlab.kernel.pool.PoolTableTests.rows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadState;

/** The pool's rules beyond the seed's two tables: flags, maximum, queued requests, limits, control, destroy. */
class ThreadPoolTests {
    private final List<Integer> results = new ArrayList<>();

    /** A thread of the script's process, above the pool's priority, running {@code ops} once. */
    private SimThread controller(PoolScript script, Script.Op... ops) {
        SimThread t = script.kernel().createThread(script.process(), "controller", Script.of(ops),
                ThreadAttr.explicit(20, Policy.FIFO), null);
        script.settle();
        return t;
    }

    private Script.Op recordResult() {
        return (k, t) -> results.add(t.result());
    }

    @Test
    void flagZeroStartReturnsAndCreatesIncrementsUntilLoWaterThreadsBlock() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.NONE, null);
        assertThat(rows(script)).containsExactly("Initial 0 0 0", "lo_water trip 0 2 2", "lo_water trip 0 4 4");
        SimThread main = script.kernel().threads().get(0);
        assertThat(main.state()).isEqualTo(ThreadState.DEAD);
        assertThat(script.pool().threads()).doesNotContain(main).hasSize(4);
    }

    @Test
    void exitSelfCallerLeavesAndIsNotAPoolThread() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.EXIT_SELF, null);
        assertThat(rows(script)).containsExactly("Initial 0 0 0", "lo_water trip 0 2 2", "lo_water trip 0 4 4");
        script.apply(PoolScript.Event.UNBLOCK);
        assertThat(rows(script)).endsWith("Unblock 1 3 4");
        assertThat(script.kernel().threads().get(0).state()).isEqualTo(ThreadState.DEAD);
        assertThat(script.pool().total()).isEqualTo(4);
    }

    @Test
    void useSelfCallerIsTheFirstPoolThread() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        SimThread main = script.kernel().threads().get(0);
        assertThat(script.pool().threads()).startsWith(main).hasSize(3);
        assertThat(main.state()).isEqualTo(ThreadState.RECEIVE);
    }

    @Test
    void maximumCutsALoWaterTripShort() {
        PoolScript script = PoolScript.start(new PoolLimits(3, 5, 7, 4), PoolFlag.USE_SELF, null);
        assertThat(rows(script)).containsExactly("Initial 0 1 1", "lo_water trip 0 4 4");
        script.apply(PoolScript.Event.UNBLOCK);
        script.apply(PoolScript.Event.UNBLOCK);
        assertThat(rows(script)).endsWith("Unblock 1 3 4", "Unblock 2 2 4"); // below lo_water, at maximum: no trip
    }

    @Test
    void requestArrivingWhileNoThreadBlocksIsTakenAtOnceByTheNextCompletingThread() {
        PoolScript script = PoolScript.start(new PoolLimits(1, 1, 1, 1), PoolFlag.USE_SELF, null);
        script.apply(PoolScript.Event.UNBLOCK);
        script.apply(PoolScript.Event.UNBLOCK);
        assertThat(rows(script)).containsExactly("Initial 0 1 1", "Unblock 1 0 1");
        assertThat(script.channel().queued()).isEqualTo(1);
        script.apply(PoolScript.Event.COMPLETE);
        assertThat(rows(script)).endsWith("Unblock 1 0 1", "Completion 0 1 1", "Unblock 1 0 1");
        assertThat(script.channel().queued()).isZero();
    }

    @Test
    void completeWithNoThreadProcessingIsRefused() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        assertThatThrownBy(() -> script.apply(PoolScript.Event.COMPLETE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 1 (complete): no thread is processing a request");
    }

    @Test
    void raisingLoWaterMidRunCreatesThreadsAtOnce() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        ThreadPool pool = script.pool();
        controller(script, (k, t) -> pool.limits(k, t, new PoolLimits(5, 1, 8, 12)), recordResult());
        assertThat(results).containsExactly(Errno.EOK);
        assertThat(rows(script)).endsWith("lo_water trip 0 3 3", "lo_water trip 0 4 4", "lo_water trip 0 5 5");
        script.apply(PoolScript.Event.UNBLOCK);
        assertThat(rows(script)).endsWith("Unblock 1 4 5", "lo_water trip 1 5 6");
    }

    @Test
    void loweringHiWaterMidRunTerminatesTheNewestBlockingThreads() {
        PoolScript script = PoolScript.start(new PoolLimits(3, 2, 7, 10), PoolFlag.USE_SELF, null);
        ThreadPool pool = script.pool();
        controller(script, (k, t) -> pool.limits(k, t, new PoolLimits(5, 1, 8, 12)));
        List<SimThread> before = pool.threads();
        controller(script, (k, t) -> pool.limits(k, t, new PoolLimits(1, 1, 2, 12)), recordResult());
        assertThat(results).containsExactly(Errno.EOK);
        assertThat(rows(script)).endsWith("hi_water trip 0 4 4", "hi_water trip 0 3 3", "hi_water trip 0 2 2");
        assertThat(pool.threads()).containsExactlyElementsOf(before.subList(0, 2));
        assertThat(before.subList(2, 5)).allMatch(t -> t.state() == ThreadState.DEAD);
        assertThat(pool.trips()).isEqualTo(3);
    }

    @Test
    void limitsWaitsUntilProcessingThreadsBringThePoolDownToMaximum() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        script.run(PoolScript.parse("unblock*10"));
        ThreadPool pool = script.pool();
        SimThread ctl = controller(script, (k, t) -> pool.limits(k, t, new PoolLimits(3, 2, 7, 8)), recordResult());
        assertThat(ctl.state()).isEqualTo(ThreadState.CONDVAR);
        assertThat(ctl.waitingOn()).isSameAs(pool);
        script.apply(PoolScript.Event.COMPLETE);
        assertThat(rows(script)).endsWith("Completion 9 1 10", "hi_water trip 9 0 9");
        assertThat(results).isEmpty();
        script.apply(PoolScript.Event.COMPLETE);
        assertThat(rows(script)).endsWith("Completion 8 1 9", "hi_water trip 8 0 8");
        assertThat(results).containsExactly(Errno.EOK);
        script.apply(PoolScript.Event.COMPLETE);
        assertThat(rows(script)).endsWith("Completion 7 1 8");
    }

    @Test
    void controlChangesOnlyTheSelectedLimits() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        ThreadPool pool = script.pool();
        controller(script, (k, t) -> pool.control(k, t, new PoolControl(PoolControl.INCREMENT | PoolControl.NONBLOCK,
                99, 4, 99, 99, 0, 0)), recordResult());
        assertThat(results).containsExactly(Errno.EOK);
        assertThat(pool.limits()).isEqualTo(new PoolLimits(3, 4, 7, 10));
        script.apply(PoolScript.Event.UNBLOCK);
        assertThat(rows(script)).endsWith("Unblock 1 2 3", "lo_water trip 1 6 7");
    }

    @Test
    void thread_pool_limitsLeavesNegativeValuesUnchanged() {
        PoolControl c = PoolControl.limits(-1, 9, -1, -1, PoolControl.NONBLOCK | PoolControl.LOWATER);
        assertThat(c.flags()).isEqualTo(PoolControl.HIWATER | PoolControl.NONBLOCK);
        assertThat(c.applyTo(PoolLimits.SEED_003)).isEqualTo(new PoolLimits(3, 2, 9, 10));
        assertThat(c.lower()).isZero();
        assertThat(c.upper()).isEqualTo(PoolLimits.USHRT_MAX);
    }

    @Test
    void invalidControlReturnsEinvalAndChangesNothing() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        ThreadPool pool = script.pool();
        controller(script,
                (k, t) -> pool.control(k, t, PoolControl.limits(8, -1, -1, -1, PoolControl.NONBLOCK)), recordResult(),
                (k, t) -> pool.control(k, t, new PoolControl(PoolControl.NONBLOCK, 0, 0, 0, 0, 5, 4)), recordResult());
        assertThat(results).containsExactly(Errno.EINVAL, Errno.EINVAL);
        assertThat(PoolControl.limits(8, -1, -1, -1, 0).problem(PoolLimits.SEED_003))
                .isEqualTo("lo_water (8) must not exceed hi_water (7)");
        assertThat(pool.limits()).isEqualTo(PoolLimits.SEED_003);
        assertThat(rows(script)).hasSize(2);
    }

    @Test
    void destroyTerminatesBlockedThreadsAndReturnsWhenNoneIsLeft() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        ThreadPool pool = script.pool();
        controller(script, (k, t) -> pool.destroy(k, t), recordResult());
        assertThat(results).containsExactly(Errno.EOK);
        assertThat(pool.total()).isZero();
        assertThat(pool.threads()).isEmpty();
        assertThat(script.kernel().liveThreads()).isZero();
        assertThat(rows(script)).hasSize(2); // destroying emits no table row
    }

    @Test
    void destroyWaitsForProcessingThreadsToFinish() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        script.run(PoolScript.parse("unblock*2"));
        ThreadPool pool = script.pool();
        SimThread destroyer = controller(script, (k, t) -> pool.destroy(k, t), recordResult());
        assertThat(destroyer.state()).isEqualTo(ThreadState.CONDVAR);
        assertThat(pool.total()).isEqualTo(2);
        assertThat(pool.blocking()).isZero();
        int rowsBefore = script.rows().size();
        script.apply(PoolScript.Event.COMPLETE);
        assertThat(results).isEmpty();
        script.apply(PoolScript.Event.COMPLETE);
        assertThat(results).containsExactly(Errno.EOK);
        assertThat(script.kernel().liveThreads()).isZero();
        assertThat(script.rows()).hasSize(rowsBefore);
    }

    @Test
    void destroyingTwiceIsEinvalAndDestroyByAPoolThreadIsEdeadlk() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.NONE, null);
        ThreadPool pool = script.pool();
        SimThread worker = pool.threads().get(0);
        controller(script, (k, t) -> pool.destroy(k, t), recordResult(), (k, t) -> pool.destroy(k, t), recordResult());
        assertThat(results).containsExactly(Errno.EOK, Errno.EINVAL);
        assertThat(worker.state()).isEqualTo(ThreadState.DEAD);
    }

    @Test
    void poolThreadCallingDestroyGetsEdeadlk() {
        List<Integer> seen = new ArrayList<>();
        KernelFixture f = KernelFixture.oneCpu();
        ThreadPool[] pool = new ThreadPool[1];
        PoolAttr attr = new PoolAttr(p -> Script.of((k, t) -> k.sleep(t, 1)), ThreadAttr.INHERIT,
                new PoolLimits(0, 1, 1, 1));
        f.thread("main", 10, Script.of(
                (k, t) -> pool[0] = ThreadPool.create(k, f.process, attr, PoolFlag.USE_SELF, "tp"),
                (k, t) -> pool[0].start(k, t), (k, t) -> seen.add(t.result()),
                (k, t) -> pool[0].start(k, t), (k, t) -> seen.add(t.result()),
                (k, t) -> pool[0].destroy(k, t), (k, t) -> seen.add(t.result())));
        f.run();
        // started twice: EBUSY; a pool thread destroying its own pool could never see it empty: EDEADLK
        assertThat(seen).containsExactly(Errno.EOK, Errno.EBUSY, Errno.EDEADLK);
        assertThat(pool[0].name()).isEqualTo("tp");
    }
}
