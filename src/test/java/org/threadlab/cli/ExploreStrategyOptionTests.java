package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code explore --strategy pct --depth D} and {@code --strategy stateful} on the command line. */
class ExploreStrategyOptionTests {
    private static final String CORPUS = "src/test/resources/explore/corpus/";

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void statefulReportsItsStates(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report.json");
        Result r = run("explore", CORPUS + "lock_order_fixed.c", "--strategy", "stateful", "--report", report.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(ExploreCommand.NO_BUG);
        assertThat(r.out()).startsWith("no bug: complete, every reachable state, ");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.get("complete").asBoolean()).isTrue();
        assertThat(json.get("states").asLong()).isPositive();
        assertThat(r.out()).contains(String.format("%,d states", json.get("states").asLong()));
    }

    @Test
    void pctFindsADeadlockAndOtherStrategiesReportNoStates(@TempDir Path tmp) throws IOException {
        Path report = tmp.resolve("report.json");
        Result r = run("explore", CORPUS + "lock_order_deadlock.c", "--strategy", "pct", "--depth", "2", "--runs", "500",
                "--report", report.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(ExploreCommand.BUG);
        assertThat(r.out()).startsWith("deadlock found after ");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(json.has("states")).isFalse();
    }

    @Test
    void aDepthBelowOneIsBadUsage() {
        Result r = run("explore", CORPUS + "lock_order_fixed.c", "--strategy", "pct", "--depth", "0");
        assertThat(r.status()).isEqualTo(ExploreCommand.USAGE);
        assertThat(r.err()).contains("--depth must be at least 1");
    }
}
