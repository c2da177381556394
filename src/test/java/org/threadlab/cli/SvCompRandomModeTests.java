package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.LibState;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * The golden SV-COMP programs that rely on __VERIFIER_atomic_* sections hold under random
 * schedules too: each runs as {@code threadlab run --mode random --cpus 2 --seed S} would, for
 * {@value #SEEDS} seeds, and never fails an assertion. The same counter without its atomic
 * function fails for some of those seeds, so the check can fail. Each program is compiled once
 * and run on a fresh machine per seed.
 */
class SvCompRandomModeTests {
    private static final int SEEDS = 200;
    private static final BuiltinRegistry LIBRARY = StandardLibrary.registry();

    private static Program compile(String name) throws IOException, URISyntaxException {
        Path path = Path.of(SvCompRandomModeTests.class.getResource("/cprogs/run/svcomp/" + name).toURI());
        Diagnostics diagnostics = new Diagnostics();
        Program program = Compiler.compile(new SourceFile(name, Files.readString(path)), PreprocessorConfig.defaults(),
                diagnostics, LIBRARY::contains);
        assertThat(diagnostics.hasErrors()).as(diagnostics.render()).isFalse();
        return program;
    }

    /** One run in random mode on 2 CPUs with {@code seed}, as the run command sets it up. */
    private static VmOutcome run(Program program, long seed) {
        Machine machine = new Machine(program, VmConfig.defaults(), KernelConfig.builder().cpus(2).build(),
                Chooser.random(seed), LIBRARY);
        LibState.of(machine).seedRandom(seed);
        machine.start(List.of("prog"));
        return machine.run();
    }

    @ParameterizedTest
    @ValueSource(strings = {"atomic_counter.c", "atomic_transfer.c"})
    void atomicSectionsHoldUnderEveryRandomSchedule(String name) throws IOException, URISyntaxException {
        Program program = compile(name);
        for (long seed = 1; seed <= SEEDS; seed++) {
            VmOutcome outcome = run(program, seed);
            assertThat(outcome.status()).as("%s with seed %d: %s", name, seed, outcome.fault())
                    .isEqualTo(VmOutcome.Status.EXITED);
            assertThat(outcome.exitStatus()).as("%s with seed %d", name, seed).isZero();
        }
    }

    @Test
    void theCounterWithoutItsAtomicFunctionLosesUpdatesForSomeSeed() throws IOException, URISyntaxException {
        Program program = compile("atomic_counter_racy.c");
        int failures = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            VmOutcome outcome = run(program, seed);
            if (outcome.status() == VmOutcome.Status.FAULT) {
                assertThat(outcome.fault().message()).isEqualTo("assertion failed: __VERIFIER_assert");
                failures++;
            } else {
                assertThat(outcome.status()).as("seed %d", seed).isEqualTo(VmOutcome.Status.EXITED);
            }
        }
        assertThat(failures).as("seeds of %d where the racy counter fails", SEEDS).isPositive();
    }
}
