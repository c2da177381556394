package org.threadlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventRecorder;
import org.threadlab.kernel.StateDigest;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/**
 * {@link Machine#copy}, the explorer's snapshots: a copy made while a scheduling choice is asked,
 * run on with the same choices, does exactly what the original does from there: the same
 * choices asked, the same kernel events, the same state digests, the same outcome and output.
 */
class MachineCopyTests {
    private static final List<Path> DIRECTORIES = List.of(Path.of("src/test/resources/explore/corpus"),
            Path.of("src/test/resources/explore/dpor"), Path.of("src/test/resources/explore/races"));

    /** Library state the corpus does not reach: cancellation, keys, cleanup, rwlocks, barriers, timed waits, stdio. */
    private static final String LIBRARY_TOUR = """
            #include <pthread.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <time.h>
            static pthread_key_t key;
            static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
            static pthread_barrier_t bar;
            static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
            static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
            static int ready, total;
            static void cleanup(void *p) { total += (int) (long) p; }
            static void *worker(void *arg) {
                pthread_setspecific(key, arg);
                pthread_cleanup_push(cleanup, arg);
                pthread_rwlock_rdlock(&rw);
                total += (int) (long) pthread_getspecific(key);
                pthread_rwlock_unlock(&rw);
                pthread_barrier_wait(&bar);
                pthread_mutex_lock(&m);
                while (!ready) {
                    struct timespec ts;
                    clock_gettime(CLOCK_REALTIME, &ts);
                    ts.tv_sec += 1;
                    pthread_cond_timedwait(&c, &m, &ts);
                }
                pthread_mutex_unlock(&m);
                printf("worker %ld\\n", (long) arg);
                pthread_cleanup_pop(1);
                return 0;
            }
            static void *sleeper(void *arg) {
                (void) arg;
                for (;;) {
                    pthread_testcancel();
                    struct timespec ts = {0, 1000000};
                    nanosleep(&ts, 0);
                }
                return 0;
            }
            int main(void) {
                pthread_t t[3], s;
                pthread_key_create(&key, 0);
                pthread_barrier_init(&bar, 0, 3);
                pthread_create(&s, 0, sleeper, 0);
                for (long i = 0; i < 3; i++) {
                    pthread_create(&t[i], 0, worker, (void *) (i + 1));
                }
                pthread_rwlock_wrlock(&rw);
                total += 100;
                pthread_rwlock_unlock(&rw);
                pthread_mutex_lock(&m);
                ready = 1;
                pthread_cond_broadcast(&c);
                pthread_mutex_unlock(&m);
                for (int i = 0; i < 3; i++) {
                    pthread_join(t[i], 0);
                }
                pthread_cancel(s);
                pthread_join(s, 0);
                printf("total %d\\n", total);
                return total == 112 ? 0 : 1;
            }
            """;

    static Stream<Object[]> programs() throws IOException {
        List<Object[]> out = new ArrayList<>();
        for (Path dir : DIRECTORIES) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                    out.add(new Object[] {p.getFileName().toString(), Files.readString(p)});
                }
            }
        }
        out.add(new Object[] {"library tour", LIBRARY_TOUR});
        return out.stream();
    }

    @Test
    void theLibraryTourRunsToItsEnd() {
        Machine m = ExploreTargets.of(LIBRARY_TOUR).start(Chooser.realistic());
        VmOutcome o = m.run();
        assertThat(o.status()).as(describe(o, m)).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(o.exitStatus()).isZero();
        assertThat(m.output()).contains("worker 3\n").endsWith("total 112\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void aCopyRunsOnExactlyAsTheOriginal(String name, String source) {
        for (Preemption preemption : List.of(Preemption.SHARED_ACCESSES, Preemption.KERNEL_CALLS_ONLY)) {
            Target target = ExploreTargets.of(source, KernelConfig.builder().preemption(preemption).build());
            for (int copyAt : new int[] {0, 3, 17, 60}) {
                for (long seed : new long[] {1, 7}) {
                    boolean copied = compare(name + " " + preemption + " copied at scheduling choice " + copyAt
                            + ", seed " + seed, target, copyAt, seed);
                    assertThat(copied || copyAt > 0).as("every program makes a scheduling choice").isTrue();
                }
            }
        }
    }

    /** False when the run made fewer than {@code copyAt + 1} scheduling choices, so nothing was copied. */
    private static boolean compare(String what, Target target, int copyAt, long seed) {
        Run original = new Run(target, seed);
        original.copyAt = copyAt;
        Machine machine = target.start(original);
        original.machine = machine;
        VmOutcome outcome = machine.run();
        if (original.copy == null) {
            return false;
        }
        VmOutcome copied = original.copy.machine.run();
        assertThat(original.copy.log).as(what + ": choices and digests").isEqualTo(original.logSinceCopy());
        assertThat(original.copy.events.text()).as(what + ": events").isEqualTo(original.events.text());
        assertThat(describe(copied, original.copy.machine)).as(what).isEqualTo(describe(outcome, machine));
        return true;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void aCopyTakingAnotherBranchRunsAsARunFromTheStartWould(String name, String source) {
        for (Preemption preemption : List.of(Preemption.SHARED_ACCESSES, Preemption.KERNEL_CALLS_ONLY)) {
            Target target = ExploreTargets.of(source, KernelConfig.builder().preemption(preemption).build());
            for (int copyAt : new int[] {0, 2, 5, 11}) {
                String what = name + " " + preemption + " copied at scheduling choice " + copyAt;
                Run original = new Run(target, 3);
                original.copyAt = copyAt;
                original.shift = 1;
                original.machine = target.start(original);
                original.machine.run();
                if (original.copy == null) {
                    continue;
                }
                VmOutcome copied = original.copy.machine.run();
                Run fresh = new Run(target, 3);
                fresh.replay = original.copy.answers;
                fresh.copyAt = copyAt; // to start its log where the copy's starts
                fresh.machine = target.start(fresh);
                fresh.machine.kernel().setSink(fresh.events);
                VmOutcome again = fresh.machine.run();
                assertThat(original.copy.log).as(what + ": choices and digests").isEqualTo(fresh.logSinceCopy());
                assertThat(describe(copied, original.copy.machine)).as(what).isEqualTo(describe(again, fresh.machine));
            }
        }
    }

    private static String describe(VmOutcome o, Machine m) {
        return o.status() + " exit " + o.exitStatus() + " after " + o.instructions() + " instructions, fault "
                + (o.fault() == null ? "none" : o.fault().message()) + ", halt " + o.haltReason() + ", blocked "
                + o.blocked() + ", output [" + m.output() + "]";
    }

    /**
     * A chooser answering by a hash of (seed, choice number): the same answers for the original
     * and for its copy, which starts counting where the copy was made. It logs each choice with
     * the state's digest at scheduling choices.
     */
    private static final class Run implements Chooser {
        private final Target target;
        private final long seed;
        private final StateHasher hasher;
        private final List<String> log = new ArrayList<>();
        private final EventRecorder events = new EventRecorder();
        private Machine machine;
        private int index;
        private int scheduling;
        private int copyAt = -1;
        private int logFrom;
        private Run copy;
        /** Added to the copy's first answer, so it takes another branch than the original did. */
        private int shift;
        /** Answers to give instead of the hashed ones, from the start (a run from scratch), or null. */
        private List<Integer> replay;
        private final List<Integer> answers = new ArrayList<>();

        Run(Target target, long seed) {
            this.target = target;
            this.seed = seed;
            this.hasher = new StateHasher(target);
        }

        @Override
        public int choose(ChoicePoint point, int options, int realistic) {
            boolean switching = point == ChoicePoint.PREEMPT || point == ChoicePoint.DISPATCH;
            if (switching && scheduling++ == copyAt && machine != null) {
                copy = new Run(target, seed);
                copy.index = index;
                copy.shift = shift;
                copy.answers.addAll(answers);
                copy.machine = machine.copy(copy);
                copy.machine.kernel().setSink(copy.events);
                machine.kernel().setSink(events);
                logFrom = log.size();
            }
            String digest = "";
            if (switching && machine != null) {
                StateDigest d = hasher.digest(machine, point);
                digest = " " + Long.toHexString(d.high()) + Long.toHexString(d.low());
            }
            long h = (seed * 0x9E3779B97F4A7C15L + index++) * 0xC2B2AE3D27D4EB4FL;
            int answer = (int) Long.remainderUnsigned(h ^ (h >>> 29), options);
            if (replay != null && answers.size() < replay.size()) {
                answer = replay.get(answers.size());
            } else if (shift != 0 && log.isEmpty()) {
                answer = (answer + shift) % options;
            }
            answers.add(answer);
            log.add(point + " " + options + " -> " + answer + digest);
            return answer;
        }

        List<String> logSinceCopy() {
            return log.subList(logFrom, log.size());
        }
    }
}
