package org.threadlab.kernel.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid limits are rejected with a message naming the C field; flags parse as the CLI writes them. */
class PoolLimitsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " 5 | 1 |  3 | 10 | lo_water (5) must not exceed hi_water (3)",
        " 3 | 1 |  7 |  2 | maximum (2) must not be less than lo_water (3)",
        " 3 | 0 |  7 | 10 | increment (0) must be at least 1",
        "-1 | 1 |  7 | 10 | lo_water (-1) must not be negative",
        " 3 |-2 |  7 | 10 | increment (-2) must not be negative",
        " 3 | 1 | -7 | 10 | hi_water (-7) must not be negative",
        " 3 | 1 |  7 | -1 | maximum (-1) must not be negative",
        " 3 | 1 |  7 | 65536 | maximum (65536) must not exceed 65535"})
    void invalidLimitsAreRejectedNamingTheField(int lo, int inc, int hi, int max, String message) {
        assertThat(PoolLimits.problem(lo, inc, hi, max)).isEqualTo(message);
        assertThatThrownBy(() -> new PoolLimits(lo, inc, hi, max))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void boundaryLimitsAreValid() {
        assertThat(PoolLimits.problem(0, 1, 0, 0)).isNull();
        assertThat(PoolLimits.problem(7, 1, 7, 7)).isNull();
        assertThat(new PoolLimits(3, 2, 12, 10).hiWater()).isEqualTo(12); // hi_water above maximum is harmless
        assertThat(PoolLimits.SEED_003).hasToString("lo_water=3 increment=2 hi_water=7 maximum=10");
    }

    @Test
    void flagsParseAsUseSelfExitSelfOrZeroInAnyCase() {
        assertThat(PoolFlag.parse("USE_SELF")).isEqualTo(PoolFlag.USE_SELF);
        assertThat(PoolFlag.parse("exit_self")).isEqualTo(PoolFlag.EXIT_SELF);
        assertThat(PoolFlag.parse("POOL_FLAG_USE_SELF")).isEqualTo(PoolFlag.USE_SELF);
        assertThat(PoolFlag.parse("0")).isEqualTo(PoolFlag.NONE);
        assertThat(PoolFlag.NONE.cName()).isEqualTo("0");
        assertThat(PoolFlag.USE_SELF.description()).contains("will be incorporated into the pool");
        assertThatThrownBy(() -> PoolFlag.parse("1")).hasMessage("expected USE_SELF, EXIT_SELF or 0, got '1'");
    }

    @Test
    void eventListsParseWithCountsAndPlainItems() {
        assertThat(PoolScript.parse("unblock*2, Complete")).containsExactly(
                PoolScript.Event.UNBLOCK, PoolScript.Event.UNBLOCK, PoolScript.Event.COMPLETE);
        assertThat(PoolScript.parse("unblock*10,complete*10")).hasSize(20);
        assertThatThrownBy(() -> PoolScript.parse("unblock*0")).hasMessageContaining("bad event 'unblock*0'");
        assertThatThrownBy(() -> PoolScript.parse("unblock,,complete")).hasMessageContaining("bad event ''");
        assertThatThrownBy(() -> PoolScript.parse(" ")).hasMessageContaining("empty");
    }
}
