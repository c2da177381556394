package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.EventSink;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.LockAcquired;
import org.threadlab.kernel.event.LockReleased;
import org.threadlab.kernel.event.SignalKind;
import org.threadlab.kernel.event.ThreadStateChanged;

/**
 * Reproduces the state table of seed 003, section "Sleepon locks": a consumer waits with
 * pthread_sleepon_wait() for data_ready, a producer that gets its data from hardware sets it and
 * signals. The table's columns are Action / Mutex owner / Consumer state / Producer state; this
 * test checks the (mutex owner, consumer state, producer state) part, observed after every event
 * that changes one of the three, against the table's rows in order.
 *
 * <p>Mapping to what the kernel shows: the seed's READY ("capable of using, or already using,
 * the CPU") is READY or RUNNING; the seed's INTERRUPT ("waiting for an interrupt from the
 * hardware") is the kernel's INTR state, in which the producer waits on {@link Hardware}, a tiny
 * kernel object of this test whose interrupt is raised by a timer (the hardware has data every
 * {@value #DATA_EVERY} ticks). CONDVAR and MUTEX are the kernel states of the same names.
 */
class SleeponTableTests {
    private static final long DATA_READY = 0x4000;
    private static final long DATA_EVERY = 10;

    /** The seed's table, rows that repeat the previous one (e.g. "Time passes") left out. */
    private static final List<String> SEED_TABLE = List.of(
            "Consumer READY INTERRUPT",   // Consumer locks mutex; examines data_ready; calls pthread_sleepon_wait()
            "Free READY INTERRUPT",       // pthread_sleepon_wait() unlocks mutex
            "Free CONDVAR INTERRUPT",     // pthread_sleepon_wait() blocks; time passes
            "Free CONDVAR READY",         // Hardware generates data
            "Producer CONDVAR READY",     // Producer locks mutex; sets data_ready; calls pthread_sleepon_signal()
            "Producer MUTEX READY",       // Consumer wakes up, pthread_sleepon_wait() tries to lock mutex
            "Free MUTEX READY",           // Producer releases mutex
            "Consumer READY READY",       // Consumer gets mutex; consumer processes data
            "Consumer READY INTERRUPT",   // Producer waits for more data; time passes (consumer processing)
            "Free READY INTERRUPT",       // Consumer finishes processing, unlocks mutex
            "Consumer READY INTERRUPT");  // Consumer loops back to top, locks mutex

    /** Simulated hardware: a thread waits for its interrupt in INTR; the interrupt comes when the timer expires. */
    private static final class Hardware extends KernelObject {
        Hardware(Kernel kernel) {
            super(kernel.newObjectId(), "hardware");
        }

        /** Waits in INTR until the hardware has data, {@code ticks} from now. */
        void awaitData(Kernel kernel, SimThread self, long ticks) {
            self.complete(Errno.EOK, 0);
            kernel.block(self, ThreadState.INTR, this);
            kernel.armTimer(self, ticks);
        }

        @Override
        protected void timeout(Kernel kernel, SimThread waiter) {
            kernel.emitSignalled(null, this, SignalKind.INTERRUPT, 1);
            kernel.wake(waiter, Errno.EOK);
        }
    }

    private boolean dataReady;
    private int processed;

    /** producer(): wait for hardware; lock; data_ready = 1; signal; unlock; forever. */
    private ThreadBody producer(Sleepons s, Hardware hw) {
        int[] pc = {0};
        return (k, t) -> {
            switch (pc[0]++) {
                case 0 -> hw.awaitData(k, t, DATA_EVERY);
                case 1 -> s.lock(k, t);
                case 2 -> dataReady = true;
                case 3 -> s.signal(k, t, DATA_READY);
                default -> {
                    s.unlock(k, t);
                    pc[0] = 0;
                }
            }
            return 1;
        };
    }

    /** consumer(): lock; while (!data_ready) wait; process data; data_ready = 0; unlock; forever. */
    private ThreadBody consumer(Sleepons s) {
        int[] pc = {0};
        return (k, t) -> {
            switch (pc[0]) {
                case 0 -> {
                    s.lock(k, t);
                    pc[0] = 1;
                }
                case 1 -> {
                    if (dataReady) {
                        pc[0] = 2;
                    } else {
                        s.await(k, t, DATA_READY);
                    }
                }
                case 2, 3, 4 -> pc[0]++; // process data
                case 5 -> {
                    dataReady = false;
                    processed++;
                    pc[0] = 6;
                }
                default -> {
                    s.unlock(k, t);
                    pc[0] = 0;
                }
            }
            return 1;
        };
    }

    /** Records the three columns after every event that can change them, dropping repeats. */
    private static final class TableRecorder implements EventSink {
        private final EventSink next;
        private final List<String> rows = new ArrayList<>();
        Mutex mutex;
        SimThread consumer;
        SimThread producer;

        TableRecorder(EventSink next) {
            this.next = next;
        }

        @Override
        public void accept(KernelEvent e) {
            next.accept(e);
            if (consumer == null || producer == null) {
                return;
            }
            if (e instanceof ThreadStateChanged || e instanceof LockAcquired || e instanceof LockReleased) {
                String row = owner() + " " + state(consumer) + " " + state(producer);
                if (rows.isEmpty() || !rows.get(rows.size() - 1).equals(row)) {
                    rows.add(row);
                }
            }
        }

        private String owner() {
            SimThread o = mutex.owner();
            return o == null ? "Free" : o == consumer ? "Consumer" : "Producer";
        }

        private static String state(SimThread t) {
            return switch (t.state()) {
                case READY, RUNNING -> "READY";
                case INTR -> "INTERRUPT";
                default -> t.state().name();
            };
        }
    }

    @Test
    void sleeponProducerConsumerFollowsTheSeedTable() {
        KernelFixture f = KernelFixture.oneCpu();
        TableRecorder table = new TableRecorder(f.events);
        f.kernel.setSink(table);
        Sleepons s = Sleepons.of(f.kernel, f.process);
        Hardware hw = new Hardware(f.kernel);
        table.mutex = s.mutex();
        // equal priorities; the producer starts first and is waiting for the hardware when the
        // consumer locks the mutex, as in the table's first row
        table.producer = f.thread("producer", 10, producer(s, hw));
        table.consumer = f.thread("consumer", 10, consumer(s));
        while (f.kernel.tick() < 2 * DATA_EVERY + 5 && f.kernel.step()) {
            // run two hardware cycles
        }
        assertThat(processed).isEqualTo(2);
        assertThat(table.rows).containsSubsequence(SEED_TABLE);
        assertThat(table.rows).containsSubsequence(concat(SEED_TABLE, SEED_TABLE.subList(1, SEED_TABLE.size())));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
