package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Assembler;

/**
 * The hooks thread exit, atexit and cancellation build on: returning from main and from a start
 * routine goes through the registry's exit and pthread_exit, a completion may call back into C,
 * another thread can be made to call a function between two instructions, and a thread may get a
 * stack size of its own.
 */
class ThreadEndTests {

    private static void say(BuiltinCall c, String text) {
        c.machine().writeOutput((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Machine machine(String asm, BuiltinRegistry registry) {
        Machine m = new Machine(Assembler.assemble("test.s", asm), VmConfig.defaults(), KernelConfig.defaults(),
                Chooser.realistic(), registry);
        m.start(List.of("prog"));
        return m;
    }

    @Test
    void returningFromMainOrAStartRoutineCallsTheRegistrysExitBuiltins() {
        BuiltinRegistry r = VmFixture.builtins().register("pthread_exit", c -> {
            say(c, "pthread_exit " + c.arg(0));
            c.thread().exitThread(c.kernel(), c.arg(0) * 10);
            return 0;
        });
        r.wrap("exit", exit -> c -> {
            say(c, "exit " + c.arg(0));
            return exit.call(c);
        });
        Machine m = machine("""
                func worker params=1 slots=1
                  LOAD_SLOT 0
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR worker
                  CONST 5
                  BUILTIN thread_create 2
                  BUILTIN thread_join 1
                  CONST 1
                  ADD_I64
                  RET
                end
                """, r);
        assertThat(m.run().exitStatus()).isEqualTo(51);
        assertThat(m.output()).isEqualTo("pthread_exit 5\nexit 51\n");
    }

    @Test
    void aCompletionCanCallBackIntoC() {
        BuiltinRegistry r = VmFixture.builtins().register("sleep_then_apply", c -> {
            long f = c.arg(0);
            long x = c.arg(1);
            c.kernel().sleep(c.self(), 1);
            return c.kernelCall(done -> done.tailCall(f, x));
        });
        Machine m = machine("""
                func square params=1 slots=1
                  LOAD_SLOT 0
                  LOAD_SLOT 0
                  MUL_I64
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR square
                  CONST 6
                  BUILTIN sleep_then_apply 2
                  CONST 1
                  ADD_I64
                  RET
                end
                """, r);
        assertThat(m.run().exitStatus()).isEqualTo(37);
    }

    @Test
    void aSpinningThreadCanBeMadeToCallAFunctionBetweenTwoInstructions() {
        BuiltinRegistry r = VmFixture.builtins().register("interject", c -> {
            c.machine().thread((int) c.arg(0)).callAtNextStep(c.arg(1), 7);
            return 0;
        });
        Machine m = machine("""
                func spin params=1 slots=1
                loop:
                  JUMP loop
                end
                func leave params=1 slots=1
                  LOAD_SLOT 0
                  BUILTIN thread_exit 1
                  RET
                end
                func main params=0 slots=1
                  FUNC_ADDR spin
                  CONST 0
                  BUILTIN thread_create 2
                  STORE_SLOT 0
                  CONST 1
                  BUILTIN sleep_ticks 1
                  POP
                  LOAD_SLOT 0
                  FUNC_ADDR leave
                  BUILTIN interject 2
                  POP
                  LOAD_SLOT 0
                  BUILTIN thread_join 1
                  RET
                end
                """, r);
        VmOutcome out = m.run();
        assertThat(out.status()).as("%s", out.fault()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(out.exitStatus()).isEqualTo(7);
    }

    /** Runs a thread whose one frame holds 32 KiB, on a stack of {@code stackBytes}. */
    private static VmOutcome bigFrameOnAStackOf(int stackBytes) {
        BuiltinRegistry r = VmFixture.builtins().register("create_with_stack", c -> {
            SimThread t = c.machine().startThread(c.self(), c.arg(0), 0, ThreadAttr.INHERIT, (int) c.arg(1));
            return c.kernelCall(done -> t.tid());
        });
        return machine("""
                func big params=1 slots=1 frame=32768
                  CONST 1
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR big
                  CONST %d
                  BUILTIN create_with_stack 2
                  BUILTIN thread_join 1
                  RET
                end
                """.formatted(stackBytes), r).run();
    }

    @Test
    void aThreadCanHaveAStackSizeOfItsOwn() {
        assertThat(bigFrameOnAStackOf(65536).exitStatus()).isEqualTo(1);
        VmOutcome out = bigFrameOnAStackOf(16384);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.STACK_OVERFLOW);
        assertThat(out.fault().message()).contains("16384-byte stack");
    }
}
