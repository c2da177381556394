package org.threadlab.explore;

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
import org.threadlab.explore.strategy.DepthFirst;
import org.threadlab.explore.strategy.Dpor;
import org.threadlab.explore.strategy.Strategy;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * DPOR with sleep sets ({@link Dpor}): it must reach every outcome the plain exhaustive search
 * reaches (the test that catches a dependency the relation misses), finish the correct corpus
 * programs with a complete verdict, and still find the buggy ones.
 */
class DporTests {
    private static final Path DPOR = Path.of("src/test/resources/explore/dpor");
    private static final Path CORPUS = Path.of("src/test/resources/explore/corpus");

    private static Target target(Path file, int cpus) throws IOException {
        BuiltinRegistry library = StandardLibrary.registry();
        SourceFile source = new SourceFile(file.getFileName().toString(), Files.readString(file));
        var program = Compiler.compile(List.of(source), PreprocessorConfig.builder().build(), new Diagnostics(),
                library::contains);
        KernelConfig kernel = KernelConfig.builder().cpus(cpus).preemption(Preemption.SHARED_ACCESSES).build();
        return new Target(program, library, VmConfig.builder().instructions(1_000_000).build(), kernel,
                List.of(source.name()), 1);
    }

    /** The outcomes of every execution of a search run to its end (bugs do not stop it). */
    private record Search(Set<String> outcomes, long executions, boolean complete) {
    }

    private static Search search(Target target, Strategy strategy, long budget) {
        Set<String> outcomes = new TreeSet<>();
        long executions = 0;
        Chooser chooser;
        while (executions < budget && (chooser = strategy.next()) != null) {
            Execution e = Execution.run(target, chooser);
            strategy.executed(e);
            executions++;
            VmOutcome o = e.outcome();
            outcomes.add(o.status() + (o.status() == VmOutcome.Status.EXITED ? " " + o.exitStatus() : "")
                    + (o.fault() == null ? "" : " " + o.fault().message()));
        }
        return new Search(outcomes, executions, strategy.exhausted() && strategy.complete());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"racy_counter_2x2.c", "trylock_winners.c", "sem_trywait_count.c", "condvar_waited.c",
            "join_race.c", "rwlock_readers.c"})
    void dporReachesEveryOutcomeTheExhaustiveSearchReaches(String name) throws IOException {
        Target target = target(DPOR.resolve(name), 1);
        Search all = search(target, new DepthFirst(Integer.MAX_VALUE), 20_000);
        Search dpor = search(target, new Dpor(), 20_000);
        assertThat(all.complete()).as("the exhaustive search finishes").isTrue();
        assertThat(dpor.complete()).as("DPOR finishes").isTrue();
        assertThat(dpor.outcomes()).isEqualTo(all.outcomes());
        assertThat(dpor.executions()).isLessThanOrEqualTo(all.executions());
    }

    @Test
    void theRacyCounterEndsWithTwoThreeOrFour() throws IOException {
        Search dpor = search(target(DPOR.resolve("racy_counter_2x2.c"), 1), new Dpor(), 20_000);
        assertThat(dpor.outcomes()).containsExactly("EXITED 2", "EXITED 3", "EXITED 4");
    }

    @Test
    void theOppositeLockOrderCanDeadlockOrFinishEitherWay() throws IOException {
        Search dpor = search(target(DPOR.resolve("lock_order_maybe_deadlock.c"), 1), new Dpor(), 20_000);
        assertThat(dpor.outcomes()).containsExactly("DEADLOCK", "EXITED 11", "EXITED 21");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"counter_mutex.c", "lock_order_fixed.c", "wakeup_with_predicate.c",
            "philosophers_ordered.c"})
    void correctCorpusProgramsComeOutCompleteAndClean(String name) throws IOException {
        Verdict v = Explorer.explore(target(CORPUS.resolve(name), 1), new Dpor(), new Budget(5_000, Long.MAX_VALUE),
                () -> 0L, (n, e) -> { });
        assertThat(v.bug()).as(v.summary()).isNull();
        assertThat(v.complete()).as(v.summary()).isTrue();
        assertThat(v.summary()).contains("complete, every interleaving");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"racy_counter.c", "lock_order_deadlock.c", "lost_wakeup.c", "check_then_act.c",
            "peterson_broken.c", "philosophers.c"})
    void buggyCorpusProgramsAreStillFound(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        String expected = Files.readAllLines(file).get(0).substring("// explore: ".length()).trim();
        Verdict v = Explorer.explore(target(file, 1), new Dpor(), new Budget(5_000, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(v.bug()).as(v.summary()).isNotNull();
        assertThat(v.bug().bug().reportName()).isEqualTo(expected);
    }

    @Test
    void onSeveralCpusDporStopsAndSaysItIsNotComplete() throws IOException {
        Search dpor = search(target(DPOR.resolve("racy_counter_2x2.c"), 2), new Dpor(), 100);
        assertThat(dpor.complete()).isFalse();
        assertThat(dpor.executions()).isEqualTo(1);
    }
}
