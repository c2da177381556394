package org.threadlab.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Proves the JMH set-up works: formatting a long as text. The kernel's benchmarks replace it. */
@State(Scope.Benchmark)
public class SanityBench {

    private long value = 1_234_567_890_123L;

    @Benchmark
    public String longToString() {
        return Long.toString(value);
    }
}
