package org.threadlab.kernel.prop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.prop.BasicOps.Sleep;
import org.threadlab.kernel.prop.MutexOps.Lock;
import org.threadlab.kernel.prop.MutexOps.MutexSpec;
import org.threadlab.kernel.prop.MutexOps.TimedLock;
import org.threadlab.kernel.sync.MutexKind;

/**
 * Random kernel programs keep every invariant and run deterministically. Each seed is one case
 * (program, configuration, chooser); a failure is shrunk and reported with its seed, so
 * {@code KernelProperties.verify(ProgramGenerator.generate(seed))} reproduces it. The plain
 * tests below are minimal programs the properties found, kept as regression tests.
 */
class KernelPropertiesTests {
    /** 300 by default (about a second); {@code -Dthreadlab.propertyCases=20000} for a deeper search. */
    static final int CASES = Integer.getInteger("threadlab.propertyCases", 300);

    /** Seeds spread over the long range (a fixed mix of 0..CASES-1), the same on every run. */
    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> i * 0x9E3779B97F4A7C15L + 0x1234_5678L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomProgramKeepsEveryInvariantAndIsDeterministic(long seed) {
        String report = KernelProperties.verify(ProgramGenerator.generate(seed));
        assertThat(report).as("property report").isNull();
    }

    /** The generator's kinds plus atomic sections, for the second property below. */
    static final List<OpKind> WITH_ATOMIC = Stream.concat(ProgramGenerator.KINDS.stream(), Stream.of(new AtomicOps()))
            .toList();

    /**
     * The same property with atomic sections in the programs (a separate list of kinds, so the
     * cases of the first property stay the ones their seeds have always named).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomProgramWithAtomicSectionsKeepsEveryInvariant(long seed) {
        String report = KernelProperties.verify(ProgramGenerator.generate(seed, WITH_ATOMIC),
                () -> ProgramRunner.invariants(WITH_ATOMIC));
        assertThat(report).as("property report").isNull();
    }

    private static RunOutcome runRealistic(KernelProgram program) {
        return ProgramRunner.run(program, new RunSetup(KernelConfig.builder().instructionsPerTick(10).build(),
                true, 0, 10_000));
    }

    /** Found as seed 6260705749817767381 (and, shrunk, seeds 230 and 490 of 0..20000). */
    @Test
    void boostEndsWhenItsCauseTimesOutWhileTheOwnerIsDeadlockedOnItself() {
        KernelProgram program = new KernelProgram(List.of(new MutexSpec("m0", MutexKind.NORMAL, true)), List.of(
                new ThreadSpec("T1", 21, Policy.RR, 1, List.of(new Sleep(1), new TimedLock("m0", 3))),
                new ThreadSpec("T2", 13, Policy.RR, 1, List.of(new Lock("m0"), new Lock("m0")))));
        RunOutcome outcome = runRealistic(program);
        assertThat(outcome.violation()).isNull();
        assertThat(outcome.finalState()).contains("T2 tid 2 MUTEX prio 13/13");
    }

    /** Found as seed 16779 once a fix for the self-deadlock case alone was tried: the ABBA cycle. */
    @Test
    void boostEndsWhenItsCauseTimesOutAroundADeadlockCycle() {
        KernelProgram program = new KernelProgram(List.of(new MutexSpec("m0", MutexKind.NORMAL, true),
                new MutexSpec("m1", MutexKind.NORMAL, true)), List.of(
                new ThreadSpec("T1", 20, Policy.RR, 1, List.of(new Lock("m1"), new Sleep(1), new Lock("m0"))),
                new ThreadSpec("T2", 25, Policy.FIFO, 1, List.of(new Lock("m0"), new Sleep(1), new Lock("m1"))),
                new ThreadSpec("T3", 28, Policy.FIFO, 1, List.of(new Sleep(2), new TimedLock("m1", 3)))));
        RunOutcome outcome = runRealistic(program);
        assertThat(outcome.violation()).isNull();
        assertThat(outcome.finalState()).contains("T1 tid 1 MUTEX prio 25/20", "T2 tid 2 MUTEX prio 25/25");
    }
}
