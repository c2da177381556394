package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@link Machine#threadBody}: a body for a thread the kernel creates on the program's behalf (as
 * a thread pool does). Here a test builtin {@code spawn_body(f, arg)} creates the kernel thread
 * itself with the body, the way ThreadPool's lo_water check does.
 */
class ThreadBodyTests {
    private static final String PROGRAM = """
            func twice params=1 slots=1
              LOAD_SLOT 0
              CONST 2
              MUL_I64
              BUILTIN print_long 1
              POP
              CONST 0
              RET
            end
            func main params=0 slots=1
              FUNC_ADDR twice
              CONST 21
              BUILTIN spawn_body 2
              BUILTIN thread_join 1
              RET
            end
            """;

    private static Machine machine(String asm, VmConfig config) {
        BuiltinRegistry r = VmFixture.builtins().register("spawn_body", c -> {
            SimThread t = c.kernel().createThread(c.self().process(), "late", c.machine().threadBody(c.arg(0), c.arg(1)),
                    ThreadAttr.INHERIT, c.self());
            return c.kernelCall(done -> t.tid());
        });
        Machine m = new Machine(Assembler.assemble("test.s", asm), config, KernelConfig.defaults(), Chooser.realistic(), r);
        m.start(List.of("prog"));
        return m;
    }

    @Test
    void aBodyMadeBeforeItsThreadRunsTheFunctionOnItsOwnStack() {
        Machine m = machine(PROGRAM, VmConfig.defaults());
        VmOutcome outcome = m.run();
        assertThat(outcome.status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(m.output()).isEqualTo("42\n");
    }

    @Test
    void aThreadOverTheThreadBudgetFaultsOnItsFirstStep() {
        Machine m = machine(PROGRAM, VmConfig.defaults().toBuilder().threads(1).build());
        VmOutcome outcome = m.run();
        assertThat(outcome.status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(outcome.fault().message()).isEqualTo("thread budget of 1 exceeded");
        assertThat(outcome.fault().tid()).isEqualTo(2);
        assertThat(m.output()).isEmpty();
    }

    @Test
    void anAddressThatIsNotAFunctionFaultsAtTheCaller() {
        String asm = PROGRAM.replace("FUNC_ADDR twice", "CONST 64");
        VmOutcome outcome = machine(asm, VmConfig.defaults()).run();
        assertThat(outcome.status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(outcome.fault().kind()).isEqualTo(FaultKind.INVALID_FUNCTION_POINTER);
        assertThat(outcome.fault().tid()).isEqualTo(1);
    }
}
