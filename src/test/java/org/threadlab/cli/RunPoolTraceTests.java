package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code threadlab run --trace} of a C program that creates a thread pool (cprogs/run/pool/
 * seed_tables.c: seed 003's lo_water 3, increment 2, hi_water 7, maximum 10, USE_SELF, ten
 * unblocks then ten completions): the pool lines of the trace are the rows of seed 003's two
 * tables, as copied into src/test/resources/seed003/pool-tables.txt.
 */
class RunPoolTraceTests {
    private static final Pattern POOL_LINE = Pattern.compile("pool#\\d+ (.+) proc=(\\d+) blk=(\\d+) total=(\\d+)$");

    private static List<String> seedRows() throws IOException {
        try (InputStream in = RunPoolTraceTests.class.getResourceAsStream("/seed003/pool-tables.txt")) {
            List<String> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.trim().replaceAll("\\s+", " ");
                if (!row.isEmpty() && !row.startsWith("#") && !row.equals("Event Proc Op Blk Op Total")) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Test
    void thePoolLinesOfTheTraceAreTheSeedTables() throws IOException, URISyntaxException {
        Path program = Path.of(getClass().getResource("/cprogs/run/pool/seed_tables.c").toURI());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), "run", "--trace", program.toString());
        assertThat(status).as(err.toString()).isZero();

        List<String> rows = new ArrayList<>();
        for (String line : err.toString().split("\\R")) {
            Matcher m = POOL_LINE.matcher(line);
            if (m.find()) {
                rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
            }
        }
        assertThat(rows).containsExactlyElementsOf(seedRows());
        assertThat(err.toString()).contains("(pool worker)").contains("SEM on requests").contains("SEM on finish");
    }
}
