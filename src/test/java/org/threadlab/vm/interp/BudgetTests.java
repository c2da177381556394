package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;

/** Every budget ends the run cleanly, naming itself. */
class BudgetTests {

    private static VmOutcome run(String asm, VmConfig config) {
        return VmFixture.machine(asm, config, KernelConfig.defaults(), Chooser.realistic()).run();
    }

    @Test
    void anInfiniteLoopEndsWithTheInstructionBudget() {
        String asm = """
                func main params=0 slots=0
                loop:
                  JUMP loop
                end
                """;
        VmOutcome out = run(asm, VmConfig.builder().instructions(10_000).build());
        assertThat(out.status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(out.haltReason()).isEqualTo("instruction budget of 10000 exceeded");
        assertThat(out.fault().kind()).isEqualTo(FaultKind.BUDGET);
        assertThat(out.fault().pos().line()).isEqualTo(3);
        assertThat(out.instructions()).isEqualTo(10_000);
    }

    @Test
    void unboundedRecursionEndsWithTheCallDepthBudget() {
        String asm = """
                func down params=1 slots=1
                  LOAD_SLOT 0
                  CALL down 1
                  RET
                end
                func main params=0 slots=0
                  CONST 0
                  CALL down 1
                  RET
                end
                """;
        VmOutcome out = run(asm, VmConfig.defaults());
        assertThat(out.status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(out.fault().message()).isEqualTo("call depth budget exceeded (unbounded recursion?)");
        assertThat(out.fault().pos().line()).isEqualTo(3);
    }

    @Test
    void deepRecursionWithBigFramesOverflowsTheStack() {
        String asm = """
                func down params=1 slots=1 frame=4096
                  LOAD_SLOT 0
                  CALL down 1
                  RET
                end
                func main params=0 slots=0
                  CONST 0
                  CALL down 1
                  RET
                end
                """;
        VmOutcome out = run(asm, VmConfig.defaults());
        assertThat(out.status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.STACK_OVERFLOW);
        assertThat(out.fault().message()).isEqualTo("stack overflow: thread 1 used more than its 8388608-byte stack");
    }

    @Test
    void aThreadsStackIsSmallerThanMains() {
        // a worker with a 1 MiB local array overflows its 256 KiB stack; main could hold it.
        String asm = """
                func worker params=1 slots=0 frame=1048576
                  CONST 0
                  RET
                end
                func main params=0 slots=0 frame=1048576
                  FUNC_ADDR worker
                  CONST 0
                  BUILTIN thread_create 2
                  BUILTIN thread_join 1
                  RET
                end
                """;
        VmOutcome out = run(asm, VmConfig.defaults());
        assertThat(out.fault().toString()).isEqualTo("test.s:2:3: thread 2: stack overflow: thread 2 used more than its 262144-byte stack");
    }

    @Test
    void aMallocLoopGetsNullWhenTheMemoryBudgetIsUsed() {
        String asm = """
                func main params=0 slots=1
                loop:
                  CONST 1048576
                  BUILTIN malloc 1
                  JUMP_IF_ZERO full
                  LOAD_SLOT 0
                  CONST 1
                  ADD_I64
                  STORE_SLOT 0
                  JUMP loop
                full:
                  LOAD_SLOT 0
                  RET
                end
                """;
        VmOutcome out = run(asm, VmConfig.builder().memoryBytes(8 * VmConfig.MIB).build());
        assertThat(out.status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(out.exitStatus()).as("1 MiB blocks next to the stack and argv").isEqualTo(7);
    }

    @Test
    void stackGrowthBeyondTheMemoryBudgetFaults() {
        String asm = """
                func main params=0 slots=0
                  CONST 60000
                  ALLOCA
                  RET
                end
                """;
        VmOutcome out = run(asm, VmConfig.builder().memoryBytes(32768).build());
        assertThat(out.status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(out.fault().message()).isEqualTo("memory budget of 32768 bytes exceeded");
    }

    @Test
    void outputBeyondItsBudgetIsCutAndFaults() {
        String asm = """
                string s "0123456789"
                func main params=0 slots=0
                loop:
                  STRING_ADDR s
                  BUILTIN print_str 1
                  POP
                  JUMP loop
                end
                """;
        Machine m = VmFixture.machine(asm, VmConfig.builder().outputBytes(25).build(), KernelConfig.defaults(),
                Chooser.realistic());
        VmOutcome out = m.run();
        assertThat(out.status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(out.fault().message()).isEqualTo("output budget of 25 bytes exceeded");
        assertThat(m.output()).isEqualTo("0123456789012345678901234");
    }

    @Test
    void globalsBeyondTheMemoryBudgetEndTheRunBeforeItStarts() {
        String asm = """
                global big 100000000
                func main params=0 slots=0
                  CONST 0
                  RET
                end
                """;
        VmOutcome out = run(asm, VmConfig.builder().memoryBytes(VmConfig.MIB).build());
        assertThat(out.status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(out.fault().message()).isEqualTo("memory budget of 1048576 bytes exceeded");
        assertThat(out.instructions()).isZero();
    }

    @Test
    void aDriverCanRunInSlices() {
        String asm = """
                func main params=0 slots=0
                loop:
                  JUMP loop
                end
                """;
        Machine m = VmFixture.machine(asm);
        assertThat(m.run(1000).status()).isEqualTo(VmOutcome.Status.RUNNING);
        m.kernel().halt("wall-clock time limit of 5 s exceeded");
        VmOutcome out = m.run(1000);
        assertThat(out.status()).isEqualTo(VmOutcome.Status.HALTED);
        assertThat(out.haltReason()).isEqualTo("wall-clock time limit of 5 s exceeded");
    }
}
