package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.event.PoolChanged;

/**
 * Seed 003's two thread-pool tables (lo_water 3, increment 2, hi_water 7, maximum 10, USE_SELF;
 * ten requests arrive, then the ten threads finish), compared row by row with the rows copied
 * from the seed into src/test/resources/seed003/pool-tables.txt.
 */
class PoolTableTests {
    static final String HEADER = "Event Proc Op Blk Op Total";

    /** The seed's table rows, in order, without comments and headers. */
    static List<String> seedRows() throws IOException {
        try (InputStream in = PoolTableTests.class.getResourceAsStream("/seed003/pool-tables.txt")) {
            assertThat(in).as("seed003/pool-tables.txt on the test classpath").isNotNull();
            List<String> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = collapse(line);
                if (!row.isEmpty() && !row.startsWith("#") && !row.equals(HEADER)) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static String collapse(String line) {
        return line.trim().replaceAll("\\s+", " ");
    }

    static String row(PoolChanged c) {
        return c.change().label() + " " + c.processing() + " " + c.blocking() + " " + c.total();
    }

    static List<String> rows(PoolScript script) {
        return script.rows().stream().map(PoolTableTests::row).toList();
    }

    @Test
    void tenUnblocksThenTenCompletionsReproduceBothSeedTables() throws IOException {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        script.run(PoolScript.parse("unblock*10,complete*10"));

        List<String> expected = seedRows();
        List<String> actual = rows(script);
        assertThat(expected).hasSize(29);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("row %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void firstTableRowsComeOutEventByEvent() throws IOException {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        assertThat(rows(script)).containsExactly("Initial 0 1 1", "lo_water trip 0 3 3");
        script.apply(PoolScript.Event.UNBLOCK);
        assertThat(rows(script)).endsWith("Unblock 1 2 3", "lo_water trip 1 4 5");
        script.run(PoolScript.parse("unblock*9"));
        assertThat(rows(script)).isEqualTo(seedRows().subList(0, 16));
    }

    @Test
    void afterBothTablesSevenThreadsBlockAndTheKernelHasOnlyThemLeft() {
        PoolScript script = PoolScript.start(PoolLimits.SEED_003, PoolFlag.USE_SELF, null);
        script.run(PoolScript.parse("unblock*10,complete*10"));
        ThreadPool pool = script.pool();
        assertThat(pool.total()).isEqualTo(7);
        assertThat(pool.blocking()).isEqualTo(7);
        assertThat(pool.processing()).isZero();
        assertThat(pool.creations()).isEqualTo(9);
        assertThat(pool.trips()).isEqualTo(3);
        assertThat(pool.peakThreads()).isEqualTo(10);
        assertThat(script.kernel().liveThreads()).isEqualTo(7);
        assertThat(script.channel().waiters().size()).isEqualTo(7);
    }
}
