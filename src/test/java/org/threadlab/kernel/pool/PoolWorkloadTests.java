package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.event.EventRecorder;
import org.threadlab.kernel.event.PoolChange;
import org.threadlab.kernel.event.PoolChanged;

/** The seeded random workload: deterministic, complete, within the pool's limits. */
class PoolWorkloadTests {
    private static final PoolWorkload.Options OPTIONS = new PoolWorkload.Options(3000, 10, 50, 11, 1);

    @Test
    void sameSeedGivesTheSameSummaryAndEventStream() {
        EventRecorder a = new EventRecorder();
        EventRecorder b = new EventRecorder();
        PoolWorkload.Summary first = PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF, OPTIONS, a);
        PoolWorkload.Summary second = PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF, OPTIONS, b);
        assertThat(second).isEqualTo(first);
        assertThat(b.text()).isEqualTo(a.text());
        PoolWorkload.Summary other = PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF,
                new PoolWorkload.Options(3000, 10, 50, 12, 1), null);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void runningWithoutASinkGivesTheSameSummary() {
        assertThat(PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF, OPTIONS, null))
                .isEqualTo(PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF, OPTIONS, new EventRecorder()));
    }

    @Test
    void everyRequestIsServedWithinTheLimitsAndThePoolIsDestroyedAtTheEnd() {
        EventRecorder events = new EventRecorder();
        PoolWorkload.Summary s = PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF, OPTIONS, events);
        List<PoolChanged> rows = events.of(PoolChanged.class);
        assertThat(rows.stream().filter(r -> r.change() == PoolChange.UNBLOCK)).hasSize(3000);
        assertThat(rows.stream().filter(r -> r.change() == PoolChange.COMPLETION)).hasSize(3000);
        assertThat(rows).allMatch(r -> r.total() <= 10 && r.processing() + r.blocking() == r.total());
        assertThat(rows).allMatch(r -> r.blocking() <= (r.change() == PoolChange.COMPLETION ? 8 : 7));
        assertThat(s.peakThreads()).isEqualTo(rows.stream().mapToInt(PoolChanged::total).max().orElseThrow());
        long created = 0;
        int previousTotal = 0;
        for (PoolChanged r : rows) {
            if (r.change() == PoolChange.LO_WATER_TRIP) {
                created += r.total() - previousTotal;
            }
            previousTotal = r.total();
        }
        assertThat(s.creations()).isEqualTo(created);
        assertThat(s.destructions()).isEqualTo(rows.stream().filter(r -> r.change() == PoolChange.HI_WATER_TRIP).count());
        assertThat(1 + s.creations()).isEqualTo(s.destructions() + s.destroyedAtEnd()); // USE_SELF: main is one more
        assertThat(s.p99Wait()).isBetween(0L, s.maxWait());
        assertThat(s.ticks()).isPositive();
    }

    @Test
    void flagsZeroAndExitSelfWorkWithoutTheCaller() {
        for (PoolFlag flag : List.of(PoolFlag.NONE, PoolFlag.EXIT_SELF)) {
            PoolWorkload.Summary s = PoolWorkload.run(PoolLimits.SEED_003, flag, OPTIONS, null);
            assertThat(s.creations()).as("%s", flag).isEqualTo(s.destructions() + s.destroyedAtEnd());
        }
    }

    @Test
    void aPoolWithNoThreadStallsWithAMessage() {
        assertThatThrownBy(() -> PoolWorkload.run(new PoolLimits(0, 1, 0, 5), PoolFlag.NONE, OPTIONS, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 of 3000 requests completed");
    }

    @Test
    void badOptionsNameTheField() {
        assertThatThrownBy(() -> new PoolWorkload.Options(0, 1, 1, 1, 1)).hasMessageStartingWith("requests (0)");
        assertThatThrownBy(() -> new PoolWorkload.Options(1, Double.NaN, 1, 1, 1)).hasMessageStartingWith("arrival mean");
        assertThatThrownBy(() -> new PoolWorkload.Options(1, 1, -1, 1, 1)).hasMessageStartingWith("service mean");
        assertThatThrownBy(() -> new PoolWorkload.Options(1, 1, 1, 1, 17)).hasMessageStartingWith("cpus (17)");
    }
}
