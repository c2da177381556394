package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code threadlab pool}, run in-process through {@link Main#execute}. */
class PoolCommandTests {
    private static final String[] SEED_COMMAND = {"pool", "--lo-water", "3", "--increment", "2", "--hi-water", "7",
        "--maximum", "10", "--flags", "USE_SELF", "--events", "unblock*10,complete*10"};

    /** What one run printed and returned. */
    private record Result(int status, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    private static String collapse(String line) {
        return line.trim().replaceAll("\\s+", " ");
    }

    /** Both tables' rows from src/test/resources/seed003/pool-tables.txt (copied from seed 003). */
    private static List<String> seedRows() throws IOException {
        try (InputStream in = PoolCommandTests.class.getResourceAsStream("/seed003/pool-tables.txt")) {
            List<String> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = collapse(line);
                if (!row.isEmpty() && !row.startsWith("#") && !row.equals("Event Proc Op Blk Op Total")) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Test
    void seedCommandPrintsTheHeaderAndExactlyTheRowsOfBothSeedTables() throws IOException {
        Result r = run(SEED_COMMAND);
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.lines();
        assertThat(collapse(lines.get(0))).isEqualTo("Event Proc Op Blk Op Total");
        assertThat(lines.subList(1, lines.size()).stream().map(PoolCommandTests::collapse).toList())
                .containsExactlyElementsOf(seedRows());
    }

    @Test
    void tableColumnsAreAlignedUnderTheirTitles() {
        List<String> lines = run(SEED_COMMAND).lines();
        String header = lines.get(0);
        int procEnd = header.indexOf("Proc Op") + "Proc Op".length();
        int blkEnd = header.indexOf("Blk Op") + "Blk Op".length();
        for (String line : lines) {
            assertThat(line).hasSameSizeAs(header);
            assertThat(line.charAt(procEnd - 1)).as(line).isNotEqualTo(' ');
            assertThat(line.charAt(blkEnd - 1)).as(line).isNotEqualTo(' ');
        }
        assertThat(lines.get(2)).isEqualTo("lo_water trip        0       3      3");
    }

    @Test
    void bareCommandDefaultsToTheSeedsLimitsFlagAndEvents() {
        assertThat(run("pool").out()).isEqualTo(run(SEED_COMMAND).out());
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        Result r = run("pool", "--events", "unblock,unblock,complete", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("event,proc_op,blk_op,total", "Initial,0,1,1", "lo_water trip,0,3,3",
                "Unblock,1,2,3", "lo_water trip,1,4,5", "Unblock,2,3,5", "Completion,1,4,5");
    }

    @Test
    void jsonHoldsTheLimitsFlagAndRows() {
        Result r = run("pool", "--flags", "exit_self", "--events", "unblock", "--format", "JSON");
        assertThat(r.status()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("limits").get("hi_water").asInt()).isEqualTo(7);
        assertThat(root.get("flags").asString()).isEqualTo("POOL_FLAG_EXIT_SELF");
        JsonNode rows = root.get("rows");
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.get(1).get("event").asString()).isEqualTo("lo_water trip");
        assertThat(rows.get(3).get("proc_op").asInt()).isEqualTo(1);
        assertThat(rows.get(3).get("blk_op").asInt()).isEqualTo(3);
        assertThat(rows.get(3).get("total").asInt()).isEqualTo(4);
    }

    @Test
    void workloadEndsWithASummaryAndTheSameSeedGivesTheSameOutput() {
        String[] args = {"pool", "--workload", "--requests", "500", "--seed", "42"};
        Result first = run(args);
        assertThat(first.status()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(collapse(first.lines().get(0))).isEqualTo("Event Proc Op Blk Op Total");
        assertThat(first.out()).contains("Summary", "requests          500", "peak threads", "creations",
                "destructions", "mean wait ticks", "p99 wait ticks", "context switches");
        assertThat(run(args).out()).isEqualTo(first.out());
        assertThat(run("pool", "--workload", "--requests", "500", "--seed", "43").out()).isNotEqualTo(first.out());
    }

    @Test
    void summaryOnlyWorkloadInJsonCarriesOptionsAndSummary() {
        Result r = run("pool", "--workload", "--requests", "2000", "--summary-only", "--format", "json",
                "--arrival-mean", "5", "--service-mean", "30", "--cpus", "2");
        assertThat(r.status()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.has("rows")).isFalse();
        assertThat(root.get("workload").get("cpus").asInt()).isEqualTo(2);
        JsonNode s = root.get("summary");
        assertThat(s.get("requests").asLong()).isEqualTo(2000);
        assertThat(s.get("peak_threads").asInt()).isBetween(1, 10);
        assertThat(s.get("p99_wait_ticks").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(s.get("destroyed_at_end").asLong()).isPositive();
    }

    @Test
    void traceShowsEveryKernelEventBeforeTheTable() {
        Result r = run("pool", "--events", "unblock", "--trace");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("thread 2 created in process 1 by thread 1", "lo_water trip proc=0 blk=3 total=3",
                "thread 1 RECEIVE -> READY");
        assertThat(r.out().indexOf("Event ")).isGreaterThan(r.out().indexOf("lo_water trip proc=1 blk=4 total=5"));
    }

    @Test
    void helpListsTheOptions() {
        Result r = run("pool", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--lo-water", "--increment", "--hi-water", "--maximum", "--flags", "--events",
                "--workload", "--format", "--trace");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lo-water 5 --hi-water 3               | lo_water (5) must not exceed hi_water (3)",
        "--maximum 2                             | maximum (2) must not be less than lo_water (3)",
        "--increment 0                           | increment (0) must be at least 1",
        "--hi-water -4                           | hi_water (-4) must not be negative",
        "--bogus                                 | Unknown option: '--bogus'",
        "--events unblock*x                      | --events: bad event 'unblock*x'",
        "--events unblock,launch                 | --events: bad event 'launch'",
        "--events complete                       | --events: event 1 (complete): no thread is processing a request",
        "--events unblock --workload             | --events and --workload cannot be used together",
        "--seed 3                                | --seed needs --workload",
        "--flags SOMETIMES                       | Invalid value for option '--flags': expected USE_SELF, EXIT_SELF or 0",
        "--format xml                            | Invalid value for option '--format': expected table, csv or json",
        "--workload --requests -5                | requests (-5) must be between 1",
        "--lo-water abc                          | Invalid value for option '--lo-water': 'abc' is not an int",
        "--workload --flags 0 --lo-water 0       | the workload stalled"})
    void badArgumentsGiveOneLineAndStatus2(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("pool"));
        argv.addAll(List.of(args.trim().split("\\s+")));
        Result r = run(argv.toArray(String[]::new));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("threadlab pool: " + message).endsWith("\n");
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("threadlab: give a command: pool, run, explore (see threadlab --help)\n");
    }
}
