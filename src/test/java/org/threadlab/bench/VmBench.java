package org.threadlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Assembler;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/**
 * Overview: throughput of the VM interpreter in simulated instructions per second of host time,
 * on a tight arithmetic loop over frame slots ({@code for (i = 0; i < N; i++) sum += i;}, 13
 * instructions an iteration), one thread, no event sink. With ticks as long as the kernel allows
 * (1,000,000 instructions) a step is 1,000,000 instructions and the figure is the hot loop's; with
 * the default 100-instruction tick it includes the kernel's per-step and per-tick work.
 * The {@link #globalCounterLoop} variant keeps {@code sum} in a global: every iteration makes a
 * shared load and a shared store, so every few instructions end a kernel step; it shows the cost
 * of the kernel round trip per shared access.
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main VmBench -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class VmBench {
    static final int N = 1_000_000;
    /** 13 per iteration, the last loop test (4), and the exit (LOAD_SLOT, RET). */
    static final int INSTRUCTIONS = 13 * N + 6;
    static final int SHARED_N = 100_000;
    /** 15 per iteration, the last loop test (4), and the exit (LOAD_SLOT, RET). */
    static final int SHARED_INSTRUCTIONS = 15 * SHARED_N + 6;

    static final String SLOT_LOOP = """
            func main params=0 slots=2
            loop:
              LOAD_SLOT 1
              CONST %d
              LT
              JUMP_IF_ZERO done
              LOAD_SLOT 0
              LOAD_SLOT 1
              ADD_I64
              STORE_SLOT 0
              LOAD_SLOT 1
              CONST 1
              ADD_I64
              STORE_SLOT 1
              JUMP loop
            done:
              LOAD_SLOT 0
              RET
            end
            """.formatted(N);

    static final String GLOBAL_LOOP = """
            global sum 8
            func main params=0 slots=2
            loop:
              LOAD_SLOT 1
              CONST %d
              LT
              JUMP_IF_ZERO done
              GLOBAL_ADDR sum
              GLOBAL_ADDR sum
              LOAD_I64
              LOAD_SLOT 1
              ADD_I64
              STORE_64
              LOAD_SLOT 1
              CONST 1
              ADD_I64
              STORE_SLOT 1
              JUMP loop
            done:
              LOAD_SLOT 0
              RET
            end
            """.formatted(SHARED_N);

    /** 1,000,000: the interpreter alone; 100: the default tick, a kernel step every 100 instructions. */
    @Param({"1000000", "100"})
    public int instructionsPerTick;

    private Program slotLoop;
    private Program globalLoop;
    private KernelConfig kernel;
    private final VmConfig budgets = VmConfig.builder().instructions(Long.MAX_VALUE).build();

    @Setup
    public void setUp() {
        slotLoop = Assembler.assemble(SLOT_LOOP);
        globalLoop = Assembler.assemble(GLOBAL_LOOP);
        kernel = KernelConfig.builder().instructionsPerTick(instructionsPerTick).build();
    }

    private VmOutcome run(Program p) {
        Machine m = new Machine(p, budgets, kernel, Chooser.realistic(), new BuiltinRegistry());
        m.start(List.of("bench"));
        return m.run();
    }

    @Benchmark
    @OperationsPerInvocation(INSTRUCTIONS)
    public VmOutcome slotLoop() {
        return run(slotLoop);
    }

    @Benchmark
    @OperationsPerInvocation(SHARED_INSTRUCTIONS)
    public VmOutcome globalCounterLoop() {
        return run(globalLoop);
    }
}
