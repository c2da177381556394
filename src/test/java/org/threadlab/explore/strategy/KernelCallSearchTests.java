package org.threadlab.explore.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threadlab.explore.strategy.StatefulTests.outcomes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.explore.Budget;
import org.threadlab.explore.ExplorerCorpusTests;
import org.threadlab.explore.ExploreTargets;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;

/**
 * The stateful search that switches threads at kernel calls only ({@link Stateful#atKernelCalls}):
 * on race-free programs it reaches every final outcome the search at every shared access
 * reaches, with fewer states; the data race check ({@link SegmentConflicts}) catches races
 * through plain accesses and through library calls, and leaves correct hand-offs alone.
 */
class KernelCallSearchTests {
    private static final Path CORPUS = Path.of("src/test/resources/explore/corpus");

    /** Race-free programs whose exit status depends on the order of their critical sections. */
    private static final List<String> RACE_FREE = List.of(
            """
            #include <pthread.h>
            static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
            static int log;
            static void *append(void *arg) {
                int id = (int) (long) arg;
                for (int i = 0; i < 2; i++) {
                    pthread_mutex_lock(&m);
                    int seen = log;
                    log = seen * 3 + id;
                    pthread_mutex_unlock(&m);
                }
                return 0;
            }
            int main(void) {
                pthread_t a, b;
                pthread_create(&a, 0, append, (void *) 1L);
                pthread_create(&b, 0, append, (void *) 2L);
                pthread_join(a, 0);
                pthread_join(b, 0);
                return log % 256;
            }
            """,
            """
            #include <pthread.h>
            #include <semaphore.h>
            #include <string.h>
            static sem_t full, empty;
            static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
            static char slot[8];
            static int order;
            static void *producer(void *arg) {
                int ids[1] = {(int) (long) arg};   /* an address-taken local */
                sem_wait(&empty);
                pthread_mutex_lock(&m);
                memcpy(slot, ids, sizeof ids);
                pthread_mutex_unlock(&m);
                sem_post(&full);
                return 0;
            }
            int main(void) {
                pthread_t a, b;
                sem_init(&full, 0, 0);
                sem_init(&empty, 0, 1);
                pthread_create(&a, 0, producer, (void *) 1L);
                pthread_create(&b, 0, producer, (void *) 2L);
                for (int i = 0; i < 2; i++) {
                    sem_wait(&full);
                    pthread_mutex_lock(&m);
                    order = order * 3 + slot[0];
                    pthread_mutex_unlock(&m);
                    sem_post(&empty);
                }
                pthread_join(a, 0);
                pthread_join(b, 0);
                return order;
            }
            """);

    @Test
    void threeThreadsReachEveryOrderDporReaches() {
        // six orders of three critical sections; the state hash merges states that differ only in
        // which READY thread the queue put on the CPU (KernelDigest), and that must lose none.
        Target target = ExploreTargets.of("""
                #include <pthread.h>
                static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
                static int log, entered;
                static void *append(void *arg) {
                    int id = (int) (long) arg;
                    pthread_mutex_lock(&m);
                    log = log * 4 + id;
                    entered++;
                    pthread_cond_broadcast(&c);
                    pthread_mutex_unlock(&m);
                    return 0;
                }
                int main(void) {
                    pthread_t t[3];
                    for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, append, (void *) (i + 1));
                    pthread_mutex_lock(&m);
                    while (entered < 3) pthread_cond_wait(&c, &m);
                    pthread_mutex_unlock(&m);
                    for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
                    return log % 251;
                }
                """);
        Set<Integer> dpor = outcomes(target, new Dpor());
        Stateful coarse = Stateful.atKernelCalls(target);
        assertThat(outcomes(target, coarse)).isEqualTo(dpor);
        assertThat(dpor).hasSize(6);
        assertThat(coarse.conflict()).isNull();
    }

    @Test
    void raceFreeProgramsReachEveryOutcomeWithFewerStates() {
        for (String source : RACE_FREE) {
            Target target = ExploreTargets.of(source);
            Set<Integer> everyAccess = outcomes(target, new DepthFirst(Integer.MAX_VALUE));
            Stateful fine = new Stateful(target);
            outcomes(target, fine);
            Stateful coarse = Stateful.atKernelCalls(target);
            assertThat(coarse).isNotNull();
            assertThat(outcomes(target, coarse)).as(source).isEqualTo(everyAccess);
            assertThat(everyAccess).as("the order decides the outcome").hasSizeGreaterThan(1);
            assertThat(coarse.conflict()).isNull();
            assertThat(coarse.states()).as("states at kernel calls only").isLessThan(fine.states());
            assertThat(coarse.coverage()).startsWith("every reachable state switching threads at kernel calls only, ")
                    .endsWith("(no two threads touch the same data between kernel calls, so that covers every interleaving)");
        }
    }

    private static String conflictOf(String source) {
        Target target = ExploreTargets.of(source);
        Stateful coarse = Stateful.atKernelCalls(target);
        Verdict v = Explorer.explore(target, coarse, new Budget(20_000, Long.MAX_VALUE), () -> 0L, (n, e) -> { });
        assertThat(v.complete()).as(v.summary()).isFalse();
        assertThat(coarse.coverage()).contains("not every interleaving: a data race");
        return coarse.conflict();
    }

    @Test
    void aRacyCounterIsARace() {
        String conflict = conflictOf("""
                #include <pthread.h>
                static int count;
                static void *inc(void *arg) { count++; return arg; }
                int main(void) {
                    pthread_t a, b;
                    pthread_create(&a, 0, inc, 0);
                    pthread_create(&b, 0, inc, 0);
                    pthread_join(a, 0);
                    pthread_join(b, 0);
                    return count;
                }
                """);
        assertThat(conflict).contains("writes count at ").contains("count at prog.c:3:");
    }

    @Test
    void aLibraryCallThatWritesSharedDataRacesWithAPlainRead() {
        // memcpy's writes are not reported access by access; its pointer arguments stand for them.
        String conflict = conflictOf("""
                #include <pthread.h>
                #include <string.h>
                static char buf[4];
                static void *fill(void *arg) { memcpy(buf, "abc", 4); return arg; }
                int main(void) {
                    pthread_t a;
                    pthread_create(&a, 0, fill, 0);
                    char c = buf[0];
                    pthread_join(a, 0);
                    return c;
                }
                """);
        assertThat(conflict).contains("buf").contains("prog.c:4:").contains("prog.c:8:");
    }

    @Test
    void aThreadReadingItsCreatorsLocalWhileTheCreatorWritesItIsARace() {
        // The creator's stack is its own until another thread reads it; the check sees every stack access.
        String conflict = conflictOf("""
                #include <pthread.h>
                static void *peek(void *arg) { return (void *) (long) *(int *) arg; }
                int main(void) {
                    int shared = 1;
                    pthread_t a;
                    pthread_create(&a, 0, peek, &shared);
                    shared = 2;
                    pthread_join(a, 0);
                    return shared;
                }
                """);
        assertThat(conflict).contains("stack of thread 1");
    }

    @Test
    void theSearchNeedsOneCpuAndNoClock() {
        String plain = "#include <pthread.h>\nint main(void) { return 0; }\n";
        Target smp = ExploreTargets.of(plain, KernelConfig.builder().cpus(2).preemption(Preemption.SHARED_ACCESSES).build());
        assertThat(Stateful.atKernelCalls(smp)).isNull();
        assertThat(Stateful.whyNotAtKernelCalls(smp)).isEqualTo("it has several CPUs");
        Target sleeps = ExploreTargets.of("#include <unistd.h>\nint main(void) { usleep(5); return 0; }\n");
        assertThat(Stateful.whyNotAtKernelCalls(sleeps)).isEqualTo("it reads or waits for the clock");
        assertThat(Stateful.whyNotAtKernelCalls(ExploreTargets.of(plain))).isNull();
    }

    @Test
    void autoProvesARaceFreeProgramAtKernelCallsAndFallsBackOnARacyOne() throws IOException {
        Target correct = ExploreTargets.of(RACE_FREE.get(0));
        Verdict proved = Explorer.explore(correct, new Auto(correct, 2, 1), new Budget(100_000, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(proved.complete()).as(proved.summary()).isTrue();
        assertThat(proved.summary()).startsWith("no bug: complete, every reachable state switching threads at kernel calls only");

        // the lost update needs a switch between count's load and store: found at every access
        Target racy = ExplorerCorpusTests.target(CORPUS.resolve("racy_counter.c"));
        Verdict found = Explorer.explore(racy, new Auto(racy, 2, 1), new Budget(10_000, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(found.bug()).as(found.summary()).isNotNull();
        assertThat(found.bug().target().kernel().preemption()).isEqualTo(Preemption.SHARED_ACCESSES);
    }

    @Test
    void autoGivesUpKernelCallsWhenAThreadSpinsWithoutThem() throws IOException {
        // The consumer's busy-wait makes no kernel call: at kernel calls the producer never gets
        // the CPU, and every execution would spin until a budget or the livelock check ends it.
        Target spin = ExplorerCorpusTests.target(CORPUS.resolve("livelock_spin_flag_fixed.c"));
        Auto auto = new Auto(spin, 2, 1);
        Verdict v = Explorer.explore(spin, auto, new Budget(30, Long.MAX_VALUE), () -> 0L, (n, e) -> { });
        assertThat(v.bug()).as(v.summary()).isNull();
        assertThat(v.coverage()).endsWith("(switching at kernel calls only was given up: a thread spins without"
                + " making kernel calls)");
        assertThat(v.budgetEnds()).as("only the first execution at kernel calls was cut short").isLessThan(5);
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".c")).sorted().toList().stream();
        }
    }

    /**
     * On every corpus program the search may run on, a known bug is either found or the search
     * stops claiming completeness because of a data race; a correct program is never flagged.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCorpusBugsAreFoundOrTheRaceIsNamed(Path file) throws IOException {
        Target target = ExplorerCorpusTests.target(file);
        Stateful coarse = Stateful.atKernelCalls(target);
        if (coarse == null) {
            return; // SMP, clock or step invariants: auto goes straight to the search at every access
        }
        String expected = Files.readAllLines(file).get(0).substring("// explore: ".length()).trim();
        Verdict v = Explorer.explore(target, coarse, new Budget(20_000, Long.MAX_VALUE), () -> 0L, (n, e) -> { });
        if (expected.startsWith("no-bug")) {
            assertThat(v.bug()).as(v.summary()).isNull();
        } else if (v.bug() == null) {
            assertThat(coarse.conflict()).as("%s: neither the %s nor a data race: %s", file, expected, v.summary())
                    .isNotNull();
        } else {
            assertThat(v.bug().bug().reportName()).as(v.summary()).isEqualTo(expected);
        }
    }
}
