package org.threadlab.explore.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.explore.Budget;
import org.threadlab.explore.ExplorerCorpusTests;
import org.threadlab.explore.ExploreTargets;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * Stateful search: complete verdicts on the corpus's correct programs, the buggy ones found, and
 * pruning that loses nothing: on programs small enough for plain exhaustive depth-first search,
 * both reach the same set of final outcomes.
 */
class StatefulTests {
    private static final Path CORPUS = Path.of("src/test/resources/explore/corpus");

    static Target corpusTarget(Path file) throws IOException {
        return ExplorerCorpusTests.target(file);
    }

    private static Verdict stateful(Target target, long budget) {
        return Explorer.explore(target, new Stateful(target), new Budget(budget, Long.MAX_VALUE), () -> 0L, (n, e) -> { });
    }

    // philosophers_ordered.c and philosophers_waiter.c are correct too, but their state spaces
    // (over 80,000 states) take longer than this suite's budget.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"counter_mutex.c", "lock_order_fixed.c", "peterson.c", "wakeup_with_predicate.c"})
    void correctProgramsComeOutComplete(String file) throws IOException {
        Verdict v = stateful(corpusTarget(CORPUS.resolve(file)), 5_000);
        assertThat(v.bug()).as(v.summary()).isNull();
        assertThat(v.complete()).as(v.summary()).isTrue();
        assertThat(v.states()).isPositive();
        assertThat(v.summary()).startsWith("no bug: complete, every reachable state, ")
                .contains(String.format("%,d states", v.states()));
    }

    // philosophers.c's deadlock lies deep in depth-first order (85,000 executions) and
    // cond_if_instead_of_while.c's takes 4,000 executions (8 s here); the other strategies find them.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check_then_act.c", "lock_order_deadlock.c",
        "lost_wakeup.c", "peterson_broken.c", "racy_counter.c"})
    void buggyProgramsAreFound(String file) throws IOException {
        Path path = CORPUS.resolve(file);
        String expected = Files.readAllLines(path).get(0).substring("// explore: ".length()).trim();
        Verdict v = stateful(corpusTarget(path), 10_000);
        assertThat(v.bug()).as(v.summary()).isNotNull();
        assertThat(v.bug().bug().reportName()).isEqualTo(expected);
        assertThat(v.states()).isPositive();
    }

    @Test
    void aSpinWaitThatNeverEndsIsStillExhausted() {
        // Executions of this program can spin for ever; the stateful search sees the loop come
        // back to a state it has stored, so it ends with a complete verdict anyway.
        Target target = ExploreTargets.of("""
                #include <pthread.h>
                #include <assert.h>
                static volatile int flag;
                static int data;
                static void *producer(void *arg) { data = 42; flag = 1; return arg; }
                int main(void) {
                    pthread_t t;
                    pthread_create(&t, 0, producer, 0);
                    while (!flag) { }
                    assert(data == 42);
                    pthread_join(t, 0);
                    return 0;
                }
                """);
        Verdict v = stateful(target, 5_000);
        assertThat(v.bug()).as(v.summary()).isNull();
        assertThat(v.complete()).as(v.summary()).isTrue();
    }

    /** Small programs whose final outcome (exit status) depends on the interleaving. */
    private static final List<String> SMALL = List.of(
            // Two unprotected increments each: the final count is 2, 3 or 4.
            """
            #include <pthread.h>
            static int count;
            static void *inc(void *arg) { count = count + 1; count = count + 1; return arg; }
            int main(void) {
                pthread_t a, b;
                pthread_create(&a, 0, inc, 0);
                pthread_create(&b, 0, inc, 0);
                pthread_join(a, 0);
                pthread_join(b, 0);
                return count;
            }
            """,
            // Message passing through a semaphore; the writer goes on writing after its post.
            """
            #include <pthread.h>
            #include <semaphore.h>
            static sem_t ready;
            static int x, y;
            static void *writer(void *arg) { x = 1; sem_post(&ready); x = 2; return arg; }
            static void *reader(void *arg) { sem_wait(&ready); y = x; return arg; }
            int main(void) {
                pthread_t a, b;
                sem_init(&ready, 0, 0);
                pthread_create(&a, 0, writer, 0);
                pthread_create(&b, 0, reader, 0);
                pthread_join(a, 0);
                pthread_join(b, 0);
                return x * 10 + y;
            }
            """,
            // A mutex, a condition variable with its predicate, and a nondet bool.
            """
            #include <pthread.h>
            _Bool __VERIFIER_nondet_bool(void);
            static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
            static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
            static int turn, log;
            static void *second(void *arg) {
                pthread_mutex_lock(&m);
                while (turn == 0) pthread_cond_wait(&c, &m);
                log = log * 3 + 2;
                pthread_mutex_unlock(&m);
                return arg;
            }
            int main(void) {
                pthread_t t;
                int early = __VERIFIER_nondet_bool();
                pthread_create(&t, 0, second, 0);
                pthread_mutex_lock(&m);
                log = log * 3 + 1;
                turn = 1;
                if (early) pthread_cond_signal(&c);
                pthread_mutex_unlock(&m);
                if (!early) { pthread_mutex_lock(&m); pthread_cond_signal(&c); pthread_mutex_unlock(&m); }
                pthread_join(t, 0);
                return log + 10 * early;
            }
            """);

    /** The exit statuses of the executions that ran to the end of a complete search without a bug. */
    static Set<Integer> outcomes(Target target, Strategy strategy) {
        Set<Integer> out = new TreeSet<>();
        Verdict v = Explorer.explore(target, strategy, new Budget(300_000, Long.MAX_VALUE), () -> 0L, (n, e) -> {
            if (e.outcome().status() == VmOutcome.Status.EXITED) {
                out.add(e.outcome().exitStatus());
            }
        });
        assertThat(v.bug()).as(v.summary()).isNull();
        assertThat(v.complete()).as(v.summary()).isTrue();
        return out;
    }

    @Test
    void pruningKeepsEveryFinalOutcome() {
        for (String source : SMALL) {
            Target target = ExploreTargets.of(source);
            Set<Integer> plain = outcomes(target, new DepthFirst(Integer.MAX_VALUE));
            Stateful stateful = new Stateful(target);
            Set<Integer> pruned = outcomes(target, stateful);
            assertThat(pruned).as(source).isEqualTo(plain);
            assertThat(plain).as("the interleaving decides the outcome").hasSizeGreaterThan(1);
            assertThat(stateful.prunes()).as("states were merged").isPositive();
        }
    }

    @Test
    void theReportCountsStates() {
        Target target = ExploreTargets.of(SMALL.get(0));
        Verdict v = stateful(target, 5_000);
        assertThat(v.states()).isGreaterThan(1);
        Verdict plain = Explorer.explore(target, new DepthFirst(Integer.MAX_VALUE), new Budget(5_000, Long.MAX_VALUE),
                () -> 0L, (n, e) -> { });
        assertThat(plain.states()).isEqualTo(-1);
        assertThat(v.executions()).as("pruning saves executions").isLessThan(plain.executions());
    }
}
