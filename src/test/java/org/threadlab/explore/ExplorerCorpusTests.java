package org.threadlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.explore.check.Checks;
import org.threadlab.explore.check.InvariantAt;
import org.threadlab.explore.check.InvariantCompiler;
import org.threadlab.explore.strategy.Auto;
import org.threadlab.explore.strategy.Dpor;
import org.threadlab.explore.strategy.Strategy;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.choice.ReplayChooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * The known-buggy and known-correct programs of {@code explore/corpus}: each says on its first
 * line what the explorer must conclude ({@code // explore: deadlock}, {@code assertion},
 * {@code livelock}, {@code starvation}, {@code invariant}, {@code race}, {@code no-bug},
 * {@code no-bug complete}). Optional lines after it set {@code // explore-with: races} (the race
 * detector on), {@code // explore-cpus: N}, {@code // explore-runs: N} (a smaller budget),
 * {@code // explore-invariant: EXPR} (repeatable) and {@code // explore-invariant-at: exit}.
 * Every bug found must replay, from its schedule file, to the same failure. Budgets are in
 * executions, so the outcome is the same on every machine.
 */
public class ExplorerCorpusTests {
    private static final Path CORPUS = Path.of("src/test/resources/explore/corpus");
    private static final long BUDGET = 10_000;

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".c")).sorted().toList().stream();
        }
    }

    /** The corpus program {@code file} as its directives configure it (CPUs, invariants, races). */
    public static Target target(Path file) throws IOException {
        BuiltinRegistry library = StandardLibrary.registry();
        SourceFile source = new SourceFile(file.getFileName().toString(), Files.readString(file));
        var compiled = InvariantCompiler.compile(List.of(source), PreprocessorConfig.builder().build(),
                directives(file, "explore-invariant"), new Diagnostics(), library::contains);
        List<String> cpus = directives(file, "explore-cpus");
        KernelConfig kernel = KernelConfig.builder().preemption(Preemption.SHARED_ACCESSES)
                .cpus(cpus.isEmpty() ? 1 : Integer.parseInt(cpus.get(0))).build();
        InvariantAt at = directives(file, "explore-invariant-at").contains("exit") ? InvariantAt.EXIT : InvariantAt.STEP;
        return new Target(compiled.program(), library, VmConfig.builder().instructions(1_000_000).build(), kernel,
                List.of(source.name()), 1, Checks.defaults().withInvariants(compiled.invariants(), at)
                .withRaces(directives(file, "explore-with").contains("races")));
    }

    /** The values of the {@code // NAME: value} lines of {@code file}. */
    private static List<String> directives(Path file, String name) throws IOException {
        String prefix = "// " + name + ": ";
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).trim()).toList();
    }

    private static String expectation(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        assertThat(first).as(file + " starts with its expectation").startsWith("// explore: ");
        return first.substring("// explore: ".length()).trim();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void explorerConcludesWhatTheProgramSays(Path file, @TempDir Path tmp) throws IOException {
        String expected = expectation(file);
        Target target = target(file);
        boolean wantsComplete = expected.endsWith("complete");
        Strategy strategy = wantsComplete ? new Dpor() : new Auto(target, 2, 1);
        List<String> runs = directives(file, "explore-runs");
        long budget = runs.isEmpty() ? BUDGET : Long.parseLong(runs.get(0));
        Verdict v = Explorer.explore(target, strategy, new Budget(budget, Long.MAX_VALUE), () -> 0L, (n, e) -> { });
        if (expected.startsWith("no-bug")) {
            assertThat(v.bug()).as("%s: %s", file, v.summary()).isNull();
            assertThat(v.complete()).as("%s: %s", file, v.summary()).isEqualTo(wantsComplete);
            return;
        }
        assertThat(v.bug()).as("%s: %s", file, v.summary()).isNotNull();
        assertThat(v.bug().bug().reportName()).isEqualTo(expected);
        replaysToTheSameFailure(target, v.bug(), tmp.resolve("schedule.json"));
    }

    /** Saves the bug's schedule with the preemption points it was found with, reads it back and replays it. */
    private static void replaysToTheSameFailure(Target target, Execution bug, Path file) throws IOException {
        new ScheduleFile(List.of("prog.c"), List.of(), 1, Policy.RR, 4, bug.target().kernel().preemption(), false, 1,
                ScheduleFile.Checking.NONE, bug.bug().reportName(), "", bug.schedule()).write(file);
        ScheduleFile read = ScheduleFile.read(file);
        assertThat(read.schedule()).isEqualTo(bug.schedule());
        ReplayChooser replay = new ReplayChooser(read.schedule());
        Target replayed = new Target(target.program(), target.library(), target.vm(),
                target.kernel().toBuilder().preemption(read.preemption()).build(), target.argv(), target.seed(),
                target.checks());
        Execution again = Execution.run(replayed, replay);
        assertThat(again.sameFailureAs(bug)).as("replayed: %s", again.message()).isTrue();
        assertThat(replay.isExhausted()).isTrue();
    }
}
