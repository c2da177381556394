package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Exact nearest-rank percentiles, for short waits (the table) and long ones (the overflow). */
class WaitHistogramTests {

    @Test
    void percentilesEqualTheNearestRankOfTheSortedWaits() {
        SplittableRandom random = new SplittableRandom(5);
        WaitHistogram h = new WaitHistogram();
        long[] waits = new long[10_001];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = random.nextInt(10) == 0 ? WaitHistogram.DIRECT + random.nextInt(100_000) : random.nextInt(50);
            h.record(waits[i]);
        }
        Arrays.sort(waits);
        for (int p : new int[] {1, 50, 89, 90, 95, 99, 100}) {
            long rank = (long) Math.ceil(p / 100.0 * waits.length);
            assertThat(h.percentile(p)).as("p%d", p).isEqualTo(waits[(int) rank - 1]);
        }
        assertThat(h.max()).isEqualTo(waits[waits.length - 1]);
        assertThat(h.mean()).isEqualTo(Arrays.stream(waits).average().orElseThrow());
        assertThat(h.samples()).isEqualTo(waits.length);
    }

    @Test
    void p99OfAHundredWaitsIsThe99thSmallest() {
        WaitHistogram h = new WaitHistogram();
        for (int i = 1; i <= 100; i++) {
            h.record(i);
        }
        assertThat(h.percentile(99)).isEqualTo(99);
        assertThat(new WaitHistogram().percentile(99)).isZero();
        assertThatThrownBy(() -> h.record(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
