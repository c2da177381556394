package org.threadlab.explore.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.explore.BugKind;
import org.threadlab.explore.Execution;
import org.threadlab.explore.Verdict;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.interp.VmOutcome;

/** Livelock and starvation: what counts as progress, and which schedules are fair enough to judge. */
class ProgressMonitorTests {
    private static final String SPIN = """
            #include <pthread.h>
            static volatile int ready;
            static volatile int data;
            static void *producer(void *arg) {
                data = 42;
                READY
                return arg;
            }
            static void *consumer(void *arg) {
                while (!ready) {
                }
                return arg;
            }
            int main(void) {
                pthread_t p, c;
                pthread_create(&c, NULL, consumer, NULL);
                pthread_create(&p, NULL, producer, NULL);
                pthread_join(p, NULL);
                pthread_join(c, NULL);
                return 0;
            }
            """;
    private static final String FOREVER = """
            static volatile long counter;
            int main(void) {
                for (;;) {
                    counter++;
                }
            }
            """;
    private static final String TOGGLE = """
            static volatile int flag;
            int main(void) {
                for (;;) {
                    flag = 1;
                    flag = 0;
                }
            }
            """;

    private static Execution run(String source, long bound, long instructions, Chooser chooser) {
        return Execution.run(CheckFixtures.target(source, List.of(), InvariantAt.STEP, bound, instructions), chooser);
    }

    @Test
    void aSpinOnAFlagNobodySetsIsALivelockNamingTheThreadAndItsLine() {
        Execution e = run(SPIN.replace("READY", ""), 10_000, 1_000_000, Chooser.realistic());
        assertThat(e.bug()).isEqualTo(BugKind.LIVELOCK);
        assertThat(e.outcome().status()).isEqualTo(VmOutcome.Status.HALTED);
        assertThat(e.threads()).containsExactly(2);
        assertThat(e.message()).startsWith("livelock: no progress in 10,000 steps")
                .contains("thread 2 (consumer) spins on\n    10: while (!ready) {");
        assertThat(e.shownInstructions()).isLessThan(e.outcome().instructions());
    }

    @Test
    void theSameSpinEndsCleanlyOnceTheFlagIsSet() {
        Execution e = run(SPIN.replace("READY", "ready = 1;"), 10_000, 1_000_000, Chooser.realistic());
        assertThat(e.bug()).isNull();
        assertThat(e.outcome().status()).isEqualTo(VmOutcome.Status.EXITED);
    }

    @Test
    void writingNewValuesIsProgressSoAnEndlessCounterOnlyHitsTheBudget() {
        Execution e = run(FOREVER, 10_000, 300_000, Chooser.realistic());
        assertThat(e.bug()).isNull();
        assertThat(e.outcome().status()).isEqualTo(VmOutcome.Status.BUDGET);
    }

    @Test
    void writingValuesBackAndForthIsNoProgress() {
        Execution e = run(TOGGLE, 10_000, 1_000_000, Chooser.realistic());
        assertThat(e.bug()).isEqualTo(BugKind.LIVELOCK);
        assertThat(e.message()).contains("thread 1 (main) spins on\n    4: flag = 1;\n    5: flag = 0;");
    }

    @Test
    void boundZeroTurnsTheCheckOff() {
        Execution e = run(SPIN.replace("READY", ""), 0, 300_000, Chooser.realistic());
        assertThat(e.bug()).isNull();
        assertThat(e.outcome().status()).isEqualTo(VmOutcome.Status.BUDGET);
    }

    @Test
    void aScheduleThatKeepsAnEqualPriorityThreadWaitingIsNotALivelock() {
        // the explorer may pick another READY thread at every dispatch for free: here the consumer,
        // every time, so the producer that would set the flag never runs. That is the schedule's
        // unfairness, not the program's livelock: the run is cut short without a bug.
        // (the first dispatch puts the consumer on the CPU; each later one would be the producer's)
        int[] dispatches = {0};
        Chooser unfair = (ChoicePoint point, int options, int realistic) ->
                point == ChoicePoint.DISPATCH && options > 1 && dispatches[0]++ > 0 ? 1 : realistic;
        Execution e = run(SPIN.replace("READY", "ready = 1;"), 10_000, 1_000_000, unfair);
        assertThat(e.bug()).isNull();
        assertThat(e.outcome().status()).isEqualTo(VmOutcome.Status.HALTED);
    }

    @Test
    void aFifoThreadThatNeverBlocksStarvesTheLowerPriorityThreads() {
        String source = """
                #include <pthread.h>
                #include <sched.h>
                static volatile int stop;
                static volatile long work;
                static void *busy(void *arg) {
                    while (!stop) {
                        work++;
                    }
                    return arg;
                }
                static void *stopper(void *arg) {
                    stop = 1;
                    return arg;
                }
                int main(void) {
                    pthread_t b, s;
                    pthread_attr_t attr;
                    struct sched_param param;
                    pthread_create(&s, NULL, stopper, NULL);
                    pthread_attr_init(&attr);
                    pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED);
                    pthread_attr_setschedpolicy(&attr, POLICY);
                    param.sched_priority = 20;
                    pthread_attr_setschedparam(&attr, &param);
                    pthread_create(&b, &attr, busy, NULL);
                    pthread_join(s, NULL);
                    pthread_join(b, NULL);
                    return 0;
                }
                """;
        Execution e = run(source.replace("POLICY", "SCHED_FIFO"), 10_000, 300_000, Chooser.realistic());
        assertThat(e.bug()).isEqualTo(BugKind.STARVATION);
        assertThat(e.threads()).containsExactly(1, 2, 3);
        assertThat(e.message()).startsWith("starvation: thread 1 (main, RR priority 10) and thread 2 (stopper, RR priority 10)"
                + " were READY for the last").contains("while thread 3 (busy, FIFO priority 20) kept the CPU");
        // without the budget's end there is no verdict on starvation: a long computation may just end
        assertThat(run(source.replace("POLICY", "SCHED_FIFO"), 0, 300_000, Chooser.realistic()).bug()).isNull();
    }

    @Test
    void theSummarySaysHowManyExecutionsWereCutShort() {
        assertThat(new Verdict(null, false, "random schedules (seed 1)", 10, 1_000_000_000L, 3).summary())
                .endsWith("; 3 executions cut short (a budget, or a schedule of the explorer that kept a thread waiting)");
        assertThat(new Verdict(null, false, "random schedules (seed 1)", 10, 1_000_000_000L, 0).summary())
                .doesNotContain("cut short");
    }
}
