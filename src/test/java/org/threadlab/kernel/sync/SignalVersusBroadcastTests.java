package org.threadlab.kernel.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelFixture;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.Script;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.ThreadState;

/**
 * Seed 003, "Signal versus broadcast" (cv2.c): three threads wait on one condvar for different
 * predicates over x and y. After x and y change so that only thread3's predicate (x == y) holds,
 * a signal wakes only the highest-priority waiter, thread1, which finds its predicate still false
 * and waits again, while thread3 sleeps on with its predicate true. A broadcast wakes all three;
 * each checks its own predicate and only thread3 goes on.
 */
class SignalVersusBroadcastTests {
    private int x = 8;
    private int y = 0;
    private final List<String> trace = new ArrayList<>();
    private Mutex m;
    private Condvar cv;

    private static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** lock; while (!ready) { count a check; wait } mark "name does something"; unlock. */
    private ThreadBody predicateWaiter(String name, BooleanSupplier ready) {
        int[] pc = {0};
        return (k, t) -> {
            switch (pc[0]) {
                case 0 -> {
                    m.lock(k, t);
                    pc[0] = 1;
                }
                case 1 -> {
                    trace.add(name + " checks");
                    if (ready.getAsBoolean()) {
                        pc[0] = 2;
                    } else {
                        cv.await(k, t, m);
                    }
                }
                case 2 -> {
                    trace.add(name + " does something");
                    pc[0] = 3;
                }
                case 3 -> {
                    m.unlock(k, t);
                    pc[0] = 4;
                }
                default -> k.exitThread(t, 0);
            }
            return 1;
        };
    }

    private record Run(SimThread thread1, SimThread thread2, SimThread thread3, RunState state) {
    }

    /** cv2.c's three waiters, then a lower-priority thread sets x = y = 9 and wakes them with {@code wake}. */
    private Run cv2(Script.Op wake) {
        KernelFixture f = KernelFixture.oneCpu();
        m = Mutex.create(f.kernel, "mutex_xy", MutexKind.NORMAL, true);
        cv = Condvar.create(f.kernel, "cv_xy");
        SimThread t1 = f.thread("thread1", 30, predicateWaiter("thread1", () -> !(x > 7 && y != 15)));
        SimThread t2 = f.thread("thread2", 20, predicateWaiter("thread2", () -> isPrime(x)));
        SimThread t3 = f.thread("thread3", 10, predicateWaiter("thread3", () -> x == y));
        f.thread("changer", 5, Script.of((k, t) -> m.lock(k, t), (k, t) -> {
            x = 9;
            y = 9;
        }, wake, (k, t) -> m.unlock(k, t)));
        return new Run(t1, t2, t3, f.run());
    }

    @Test
    void signalWakesOnlyTheHighestPriorityWaiterAndLeavesASatisfiedThreadAsleep() {
        Run run = cv2((k, t) -> cv.signal(k, t));
        assertThat(run.state()).isEqualTo(RunState.QUIESCENT);
        assertThat(trace).containsExactly("thread1 checks", "thread2 checks", "thread3 checks", "thread1 checks");
        assertThat(x == y).as("thread3's predicate").isTrue();
        assertThat(run.thread3().state()).isEqualTo(ThreadState.CONDVAR);
        assertThat(cv.waiters().toList()).containsExactly(run.thread1(), run.thread2(), run.thread3());
    }

    @Test
    void broadcastLetsEachWaiterCheckItsPredicate() {
        Run run = cv2((k, t) -> cv.broadcast(k, t));
        assertThat(run.state()).isEqualTo(RunState.QUIESCENT);
        assertThat(trace).containsExactly("thread1 checks", "thread2 checks", "thread3 checks",
                "thread1 checks", "thread2 checks", "thread3 checks", "thread3 does something");
        assertThat(run.thread3().state()).isEqualTo(ThreadState.DEAD);
        assertThat(cv.waiters().toList()).containsExactly(run.thread1(), run.thread2());
        assertThat(m.owner()).isNull();
    }
}
