package org.threadlab.explore.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.explore.Budget;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;
import org.threadlab.kernel.choice.Schedule;

/** PCT finds the corpus's bugs within a modest budget, and is the same for the same seed. */
class PctTests {
    private static final Path CORPUS = Path.of("src/test/resources/explore/corpus");
    private static final long BUDGET = 500;

    static Stream<Arguments> buggy() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                String expected = Files.readAllLines(p).get(0).substring("// explore: ".length()).trim();
                // PCT runs the highest-priority thread: it cannot produce the endless alternation
                // a livelock or starvation needs, so those are left to the other strategies
                if (!expected.startsWith("no-bug") && !expected.equals("livelock") && !expected.equals("starvation")) {
                    cases.add(Arguments.of(p.getFileName().toString(), expected, 3));
                }
            }
        }
        return cases.stream();
    }

    private static Target target(String file) throws IOException {
        return StatefulTests.corpusTarget(CORPUS.resolve(file));
    }

    @ParameterizedTest(name = "{0} depth {2}")
    @MethodSource("buggy")
    void findsTheCorpusBugs(String file, String expected, int depth) throws IOException {
        Verdict v = Explorer.explore(target(file), new Pct(depth, 1), new Budget(BUDGET, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(v.bug()).as("%s: %s", file, v.summary()).isNotNull();
        assertThat(v.bug().bug().reportName()).isEqualTo(expected);
        assertThat(v.complete()).isFalse();
    }

    @Test
    void aCorrectProgramStaysClean() throws IOException {
        Verdict v = Explorer.explore(target("lock_order_fixed.c"), new Pct(3, 1), new Budget(200, Long.MAX_VALUE),
                () -> 0L, (n, e) -> { });
        assertThat(v.bug()).isNull();
        assertThat(v.executions()).isEqualTo(200);
        assertThat(v.complete()).isFalse();
        assertThat(v.summary()).contains("PCT schedules of depth 3");
    }

    private static List<Schedule> schedules(Target target, long seed) {
        List<Schedule> out = new ArrayList<>();
        Explorer.explore(target, new Pct(3, seed), new Budget(60, Long.MAX_VALUE), () -> 0L,
                (n, e) -> out.add(e.schedule()));
        return out;
    }

    @Test
    void theSameSeedGivesTheSameExecutions() throws IOException {
        Target target = target("philosophers_ordered.c");
        List<Schedule> first = schedules(target, 5);
        assertThat(first).hasSize(60);
        assertThat(schedules(target, 5)).isEqualTo(first);
        assertThat(schedules(target, 6)).isNotEqualTo(first);
        assertThat(first.stream().distinct().count()).as("PCT varies its schedules").isGreaterThan(10);
    }

    @Test
    void changePointsAreDistinctStepsWithinK() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 20; k++) {
            int[] points = Pct.changePoints(random, 2, k);
            assertThat(points).hasSize(Math.min(2, k));
            for (int i = 0; i < points.length; i++) {
                assertThat(points[i]).isBetween(1, k);
                if (i > 0) {
                    assertThat(points[i]).isGreaterThan(points[i - 1]);
                }
            }
        }
    }
}
