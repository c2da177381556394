package org.threadlab.explore.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.explore.Budget;
import org.threadlab.explore.Execution;
import org.threadlab.explore.ExploreTargets;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;

/**
 * The stateful searches run on from snapshots ({@link org.threadlab.vm.interp.Machine#copy})
 * instead of re-running each execution from the start. That must change nothing but the time:
 * the same executions, each ending the same way with the same schedule, the same states, the
 * same verdict.
 */
class SnapshotSearchTests {
    private static final int EXECUTIONS = 3_000;

    static Stream<Object[]> programs() throws IOException {
        List<Object[]> out = new ArrayList<>();
        for (String dir : List.of("corpus", "dpor")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/explore", dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                    out.add(new Object[] {dir + "/" + p.getFileName(), Files.readString(p)});
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void snapshotsChangeNothingButTheTime(String name, String source) {
        Target target = ExploreTargets.of(source);
        same(name + ", stateful", target, () -> new Stateful(target), () -> new Stateful(target).rerunning());
        if (Stateful.whyNotAtKernelCalls(target) == null) {
            same(name + ", stateful at kernel calls", target, () -> Stateful.atKernelCalls(target),
                    () -> Stateful.atKernelCalls(target).rerunning());
        }
    }

    private static void same(String what, Target target, Supplier<Strategy> withSnapshots, Supplier<Strategy> rerunning) {
        List<String> fast = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        Strategy a = withSnapshots.get();
        Strategy b = rerunning.get();
        Verdict va = Explorer.explore(target, a, new Budget(EXECUTIONS, Long.MAX_VALUE), () -> 0L, (n, e) -> fast.add(describe(e)));
        Verdict vb = Explorer.explore(target, b, new Budget(EXECUTIONS, Long.MAX_VALUE), () -> 0L, (n, e) -> slow.add(describe(e)));
        assertThat(fast).as(what).isEqualTo(slow);
        assertThat(a.states()).as(what).isEqualTo(b.states());
        assertThat(va.summary()).as(what).isEqualTo(vb.summary());
    }

    private static String describe(Execution e) {
        return e.outcome().status() + " " + e.outcome().exitStatus() + " " + e.outcome().instructions() + " "
                + e.outcome().haltReason() + " " + e.bug() + " " + e.schedule();
    }
}
