package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;

/** Threads started by builtins, blocking kernel calls, exit values, deadlock and stale stacks. */
class ThreadTests {

    @Test
    void joinReturnsTheStartRoutinesValue() {
        String asm = """
                func worker params=1 slots=1
                  LOAD_SLOT 0
                  CONST 2
                  MUL_I64
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR worker
                  CONST 21
                  BUILTIN thread_create 2
                  BUILTIN thread_join 1
                  RET
                end
                """;
        assertThat(VmFixture.run(asm).exitStatus()).isEqualTo(42);
    }

    @Test
    void aBlockingCallsResultIsPushedWhenTheThreadResumes() {
        String asm = """
                func main params=0 slots=0
                  CONST 5
                  BUILTIN sleep_ticks 1
                  CONST 7
                  ADD_I64
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        VmOutcome out = m.run();
        assertThat(out.exitStatus()).isEqualTo(7);
        assertThat(m.kernel().tick()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void lockOrderInversionDeadlocksWithAWaitForCycle() {
        String asm = VmFixture.LOCK_ORDER_INVERSION;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.status()).isEqualTo(VmOutcome.Status.DEADLOCK);
        assertThat(out.blocked()).containsExactly(1, 2);
        assertThat(out.cycle()).containsExactly(1, 2);
    }

    @Test
    void returningFromMainEndsEveryThread() {
        String asm = """
                func spin params=1 slots=0
                loop:
                  JUMP loop
                end
                func main params=0 slots=0
                  FUNC_ADDR spin
                  CONST 0
                  BUILTIN thread_create 2
                  POP
                  CONST 3
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(out.exitStatus()).isEqualTo(3);
    }

    @Test
    void theStackOfAnExitedThreadCannotBeUsed() {
        // The worker returns the address of its own local; main dereferences it after the join.
        String asm = """
                func worker params=1 slots=0 frame=8
                  FRAME_ADDR 0
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR worker
                  CONST 0
                  BUILTIN thread_create 2
                  BUILTIN thread_join 1
                  LOAD_I32
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.USE_AFTER_FREE);
        assertThat(out.fault().message()).isEqualTo("use of the stack of thread 2 after the thread exited");
    }

    @Test
    void theThreadBudgetMakesCreationFail() {
        String asm = """
                func idle params=1 slots=0
                  CONST 100
                  BUILTIN sleep_ticks 1
                  RET
                end
                func main params=0 slots=1
                loop:
                  FUNC_ADDR idle
                  CONST 0
                  BUILTIN thread_create 2
                  CONST -1
                  EQ
                  JUMP_IF_NOT_ZERO full
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
        Machine m = VmFixture.machine(asm, VmConfig.builder().threads(4).build(), KernelConfig.defaults(),
                Chooser.realistic());
        assertThat(m.run().exitStatus()).as("threads besides main").isEqualTo(3);
    }

    @Test
    void aFaultInAWorkerNamesItsThread() {
        String asm = """
                func worker params=1 slots=1
                  LOAD_SLOT 0
                  LOAD_I32
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR worker
                  CONST 0
                  BUILTIN thread_create 2
                  BUILTIN thread_join 1
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().toString()).isEqualTo("test.s:3:3: thread 2: NULL pointer dereference");
        assertThat(out.fault().backtrace()).extracting(p -> p.line()).containsExactly(3);
    }

    @Test
    void aFaultCarriesTheCallStack() {
        String asm = """
                func inner params=1 slots=1
                  LOAD_SLOT 0
                  LOAD_I32
                  RET
                end
                func outer params=0 slots=0
                  CONST 0
                  CALL inner 1
                  RET
                end
                func main params=0 slots=0
                  CALL outer 0
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().backtrace()).extracting(p -> p.toString())
                .containsExactly("test.s:3:3", "test.s:8:3", "test.s:12:3");
    }
}
