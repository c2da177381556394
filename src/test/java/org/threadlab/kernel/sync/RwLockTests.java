package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockMode;

/** Seed 003's readers/writer lock, with writer and reader preference. */
class RwLockTests {
    private final List<String> trace = new ArrayList<>();

    private Script.Op record(String what) {
        return (k, t) -> trace.add(what + " " + Errno.name(t.result()));
    }

    /** A thread that sleeps {@code delay}, takes the lock, marks "name in", holds it {@code hold} ticks, unlocks. */
    private Script user(String name, boolean write, long delay, long hold, RwLock lock) {
        return Script.of((k, t) -> k.sleep(t, delay),
                (k, t) -> {
                    if (write) {
                        lock.writeLock(k, t);
                    } else {
                        lock.readLock(k, t);
                    }
                },
                (k, t) -> trace.add(name + " in"), (k, t) -> k.sleep(t, hold), (k, t) -> lock.unlock(k, t));
    }

    @Test
    void readersShareTheLock() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null);
        SimThread r1 = f.thread("r1", 10, user("r1", false, 0, 5, lock));
        SimThread r2 = f.thread("r2", 10, user("r2", false, 0, 5, lock));
        f.kernel.run(6);
        assertThat(lock.readers()).isEqualTo(2);
        assertThat(lock.holders()).containsExactly(r1, r2);
        assertThat(lock.writer()).isNull();
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(lock.readers()).isZero();
    }

    @Test
    void aWriterExcludesReadersAndOtherWriters() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null);
        SimThread w = f.thread("writer", 20, user("writer", true, 0, 5, lock));
        SimThread r = f.thread("reader", 10, Script.of((k, t) -> lock.tryReadLock(k, t), record("tryrdlock"),
                (k, t) -> lock.tryWriteLock(k, t), record("trywrlock"), (k, t) -> lock.readLock(k, t),
                (k, t) -> trace.add("reader in, writer " + w.state())));
        f.kernel.run(9);
        assertThat(r.state()).isEqualTo(ThreadState.RWLOCK);
        assertThat(r.waitingOn()).isSameAs(lock);
        assertThat(lock.holders()).containsExactly(w);
        f.run();
        assertThat(trace).containsExactly("writer in", "tryrdlock EBUSY", "trywrlock EBUSY", "reader in, writer DEAD");
    }

    /**
     * r1 reads from tick 0 to 10; a writer asks at tick 1; r2 asks to read at tick 2. Returns the
     * order in which they get in.
     */
    private List<String> writerThenReaderArrive(boolean writerPreference) {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, "rw", writerPreference);
        f.thread("r1", 10, user("r1", false, 0, 10, lock));
        f.thread("w", 10, user("w", true, 1, 5, lock));
        f.thread("r2", 10, user("r2", false, 2, 5, lock));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        return trace;
    }

    @Test
    void underWriterPreferenceANewReaderWaitsBehindAWaitingWriter() {
        assertThat(writerThenReaderArrive(true)).containsExactly("r1 in", "w in", "r2 in");
    }

    @Test
    void underReaderPreferenceANewReaderGetsInPastAWaitingWriter() {
        assertThat(writerThenReaderArrive(false)).containsExactly("r1 in", "r2 in", "w in");
    }

    /**
     * w1 writes from tick 0 to 10; r1 (tick 1), w2 (tick 2) and r2 (tick 3) queue up. Returns the
     * order in which they get in, readers that get in together listed in wake order.
     */
    private List<String> writerUnlocksWithMixedWaiters(boolean writerPreference) {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, "rw", writerPreference);
        f.thread("w1", 10, user("w1", true, 0, 10, lock));
        f.thread("r1", 10, user("r1", false, 1, 5, lock));
        f.thread("w2", 10, user("w2", true, 2, 5, lock));
        f.thread("r2", 10, user("r2", false, 3, 5, lock));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        return trace;
    }

    @Test
    void underWriterPreferenceTheWriterUnlockHandsTheLockToTheNextWriterThenToAllReaders() {
        assertThat(writerUnlocksWithMixedWaiters(true)).containsExactly("w1 in", "w2 in", "r1 in", "r2 in");
    }

    @Test
    void underReaderPreferenceTheWriterUnlockHandsTheLockToAllWaitingReaders() {
        assertThat(writerUnlocksWithMixedWaiters(false)).containsExactly("w1 in", "r1 in", "r2 in", "w2 in");
    }

    @Test
    void readersWokenTogetherHoldTheLockTogether() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, "rw", true);
        f.thread("w", 10, user("w", true, 0, 10, lock));
        SimThread r1 = f.thread("r1", 10, user("r1", false, 1, 5, lock));
        SimThread r2 = f.thread("r2", 20, user("r2", false, 2, 5, lock));
        f.thread("probe", 30, Script.of((k, t) -> k.sleep(t, 12), (k, t) -> trace.add("readers " + lock.readers())));
        f.run();
        assertThat(trace).containsExactly("w in", "r2 in", "r1 in", "readers 2");
        List<LockAcquired> shared = f.events.of(LockAcquired.class).stream()
                .filter(a -> a.mode() == LockMode.SHARED).toList();
        assertThat(shared).extracting(LockAcquired::tid).containsExactly(r2.tid(), r1.tid());
        assertThat(shared).extracting(LockAcquired::tick).containsOnly(10L);
    }

    @Test
    void theDefaultPreferenceComesFromTheConfiguration() {
        KernelFixture writerDefault = KernelFixture.oneCpu();
        assertThat(RwLock.create(writerDefault.kernel, null).writerPreference()).isTrue();
        KernelFixture readerConfigured = new KernelFixture(KernelConfig.builder().writerPreference(false).build());
        RwLock lock = RwLock.create(readerConfigured.kernel, null);
        assertThat(lock.writerPreference()).isFalse();
        assertThat(lock.name()).isEqualTo("rwlock#" + lock.id());
    }

    @Test
    void aWriterThatLocksAgainGetsEdeadlk() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null);
        f.thread("w", 10, Script.of((k, t) -> lock.writeLock(k, t), (k, t) -> lock.writeLock(k, t), record("wrlock again"),
                (k, t) -> lock.readLock(k, t), record("rdlock while writing"), (k, t) -> lock.unlock(k, t),
                record("unlock")));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("wrlock again EDEADLK", "rdlock while writing EDEADLK", "unlock EOK");
    }

    @Test
    void aReaderThatAsksForTheWriteLockDeadlocksOnItself() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null);
        SimThread r = f.thread("r", 10, Script.of((k, t) -> lock.readLock(k, t), (k, t) -> lock.writeLock(k, t),
                record("never")));
        assertThat(f.run()).isEqualTo(RunState.QUIESCENT);
        assertThat(r.state()).isEqualTo(ThreadState.RWLOCK);
        assertThat(lock.holders()).containsExactly(r);
        assertThat(trace).isEmpty();
    }

    @Test
    void aReaderMayReadAgainPastAWaitingWriterAndUnlocksOncePerLock() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null, true);
        f.thread("r", 10, Script.of((k, t) -> lock.readLock(k, t), (k, t) -> k.sleep(t, 2),
                (k, t) -> lock.readLock(k, t), record("second rdlock"), (k, t) -> lock.unlock(k, t),
                (k, t) -> trace.add("readers " + lock.readers()), (k, t) -> lock.unlock(k, t)));
        f.thread("w", 10, user("w", true, 1, 1, lock));
        assertThat(f.run()).isEqualTo(RunState.FINISHED);
        assertThat(trace).containsExactly("second rdlock EOK", "readers 1", "w in");
    }

    @Test
    void unlockByAThreadThatHoldsNeitherModeReturnsEperm() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null);
        f.thread("r", 20, user("r", false, 0, 5, lock));
        f.thread("stranger", 10, Script.of((k, t) -> lock.unlock(k, t), record("unlock"),
                (k, t) -> k.sleep(t, 10), (k, t) -> lock.unlock(k, t), record("unlock of free lock")));
        f.run();
        assertThat(trace).containsExactly("r in", "unlock EPERM", "unlock of free lock EPERM");
    }

    @Test
    void tryReadLockRespectsAWaitingWriterUnderWriterPreference() {
        KernelFixture f = KernelFixture.oneCpu();
        RwLock lock = RwLock.create(f.kernel, null, true);
        f.thread("r1", 10, user("r1", false, 0, 5, lock));
        f.thread("w", 10, user("w", true, 1, 1, lock));
        f.thread("r2", 10, Script.of((k, t) -> k.sleep(t, 2), (k, t) -> lock.tryReadLock(k, t), record("tryrdlock")));
        f.run();
        assertThat(trace).containsExactly("r1 in", "tryrdlock EBUSY", "w in");
    }
}
