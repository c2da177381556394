package org.threadlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.explore.race.Race;
import org.threadlab.explore.strategy.Auto;
import org.threadlab.explore.strategy.DepthFirst;
import org.threadlab.explore.strategy.Strategy;
import org.threadlab.kernel.choice.ReplayChooser;

/**
 * {@code explore --races} on the programs of {@code explore/races}: each says on its first line
 * what the explorer must conclude: {@code // explore: race}; {@code no-race complete} over every
 * schedule; {@code no-race within K} over every schedule with at most K preemptions; or
 * {@code no-race} within a small random-and-bounded budget (for spin loops, which no bound
 * exhausts). A racy one names on its second line the two source lines of the race, in
 * increasing order ({@code // race-lines: 10 11}). Correctly synchronised
 * programs cover every happens-before edge: mutex, semaphore, barrier, create, join, atomics,
 * condvar, rwlock, pthread_once.
 */
class RaceExplorerTests {
    private static final Path RACES = Path.of("src/test/resources/explore/races");
    private static final long BUDGET = 5_000;
    private static final long SAMPLE = 300;
    private static final Pattern LINE = Pattern.compile(":(\\d+) (read|write)");

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(RACES)) {
            return files.filter(p -> p.toString().endsWith(".c")).sorted().toList().stream();
        }
    }

    private static String directive(Path file, int line, String name) throws IOException {
        String text = Files.readAllLines(file).get(line);
        assertThat(text).as(file + " line " + (line + 1)).startsWith("// " + name + ": ");
        return text.substring(("// " + name + ": ").length()).trim();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void explorerConcludesWhatTheProgramSays(Path file) throws IOException {
        String expected = directive(file, 0, "explore");
        Target target = ExplorerCorpusTests.target(file).withRaces(true);
        boolean wantsComplete = expected.endsWith("complete");
        boolean bounded = expected.startsWith("no-race within ");
        Strategy strategy = wantsComplete ? new DepthFirst(Integer.MAX_VALUE)
                : bounded ? new DepthFirst(Integer.parseInt(expected.substring("no-race within ".length())))
                : new Auto(target, 2, 1);
        long budget = expected.equals("no-race") ? SAMPLE : BUDGET;
        Verdict v = Explorer.explore(target, strategy, new Budget(budget, Long.MAX_VALUE), () -> 0L, (n, e) -> { });
        if (expected.startsWith("no-race")) {
            assertThat(v.bug()).as("%s: %s", file, v.bug() == null ? "" : v.bug().message()).isNull();
            assertThat(v.complete()).as("%s: %s", file, v.summary()).isEqualTo(wantsComplete);
            if (bounded) {
                assertThat(v.coverage()).as("%s: %s", file, v.summary()).startsWith("every schedule with at most");
            }
            return;
        }
        assertThat(expected).isEqualTo("race");
        assertThat(v.bug()).as("%s: %s", file, v.summary()).isNotNull();
        Execution race = v.bug();
        assertThat(race.bug()).isEqualTo(BugKind.RACE);
        assertThat(lines(race.outcome().haltReason())).as(race.message()).isEqualTo(directive(file, 1, "race-lines"));
        assertThat(race.message()).startsWith("data race on ").contains("with no happens-before between them");

        ReplayChooser replay = new ReplayChooser(race.schedule());
        Execution again = Execution.run(race.target(), replay);
        assertThat(again.sameFailureAs(race)).as("replayed: %s", again.message()).isTrue();
        assertThat(again.message()).isEqualTo(race.message());
        String table = Counterexample.of(race.target(), race).render();
        assertThat(table).endsWith(race.message());
    }

    /** "data race: f.c:16 read / f.c:9 write" gives "9 16". */
    private static String lines(String haltReason) {
        assertThat(haltReason).startsWith(Race.PREFIX);
        Matcher m = LINE.matcher(haltReason);
        List<Integer> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(Integer.parseInt(m.group(1)));
        }
        Collections.sort(lines);
        return lines.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    @Test
    void theMessageNamesBothThreadsBothLinesAndTheirText() throws IOException {
        Target target = ExplorerCorpusTests.target(RACES.resolve("racy_counter.c")).withRaces(true);
        Verdict v = Explorer.explore(target, new DepthFirst(0), new Budget(10, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(v.bug().message()).isEqualTo("data race on 'count' (4 bytes at count+0): "
                + "thread 2 (inc) writes at racy_counter.c:9 \"count++;\" / "
                + "thread 3 (inc) reads at racy_counter.c:9 \"count++;\" with no happens-before between them\n");
        assertThat(v.bug().preemptions()).isZero();
    }

    @Test
    void withoutRacesTheSameProgramShowsNoBug() throws IOException {
        Target target = ExplorerCorpusTests.target(RACES.resolve("racy_counter.c"));
        Verdict v = Explorer.explore(target, new DepthFirst(0), new Budget(10, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(v.bug()).isNull();
    }

    @Test
    void aRaceOnTheHeapNamesTheBlock() throws IOException {
        Target target = ExplorerCorpusTests.target(RACES.resolve("heap_pointer.c")).withRaces(true);
        Verdict v = Explorer.explore(target, new Auto(target, 2, 1), new Budget(BUDGET, Long.MAX_VALUE), () -> 0L,
                (n, e) -> { });
        assertThat(v.bug().message()).matches("(?s)data race on heap block \\d+ \\(4 bytes at heap block \\d+\\+0\\): .*");
    }

}
