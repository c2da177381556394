package org.threadlab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.threadlab.kernel.pool.PoolFlag;
import org.threadlab.kernel.pool.PoolLimits;
import org.threadlab.kernel.pool.PoolWorkload;

/**
 * A thread pool with seed 003's limits (lo_water 3, increment 2, hi_water 7, maximum 10,
 * USE_SELF) driven with a million requests ({@code threadlab pool --workload --requests 1000000
 * --summary-only}): one operation is the whole run, kernel built, requests served, pool destroyed,
 * with no event sink. Target: under one second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PoolBench {
    @Param("1000000")
    private long requests;

    private PoolWorkload.Options options;

    @Setup
    public void setUp() {
        options = new PoolWorkload.Options(requests, 10, 50, 1, 1);
    }

    @Benchmark
    public PoolWorkload.Summary millionRequests() {
        return PoolWorkload.run(PoolLimits.SEED_003, PoolFlag.USE_SELF, options, null);
    }
}
