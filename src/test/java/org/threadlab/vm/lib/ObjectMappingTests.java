package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.sync.MutexKind;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Assembler;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/**
 * The mapping from pthread objects in memory to kernel objects, driven by hand-assembled programs
 * that call the builtins directly.
 */
class ObjectMappingTests {

    private static Machine run(String asm) {
        Program p = Assembler.assemble("test.s", asm);
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(),
                StandardLibrary.registry());
        m.start(List.of("prog"));
        m.run();
        return m;
    }

    private static long global(Machine m, String name) {
        return m.globalAddress(m.program().globalIndex(name));
    }

    @Test
    void zeroedMemoryBecomesADefaultMutexOnFirstUse() {
        Machine m = run("""
                global mtx 40
                func main params=0 slots=0
                  GLOBAL_ADDR mtx
                  BUILTIN pthread_mutex_lock 1
                  RET
                end
                """);
        assertThat(LibState.of(m).mutex(global(m, "mtx")).kind()).isEqualTo(MutexKind.NORMAL);
        assertThat(LibState.of(m).mutex(global(m, "mtx")).owner().tid()).isEqualTo(1);
        assertThat(LibState.of(m).mutex(global(m, "mtx")).name()).isEqualTo("mtx");
    }

    @Test
    void initWithAttributesCreatesTheMutexOfThatType() {
        Machine m = run("""
                global mtx 40
                global attr 8
                func main params=0 slots=0
                  GLOBAL_ADDR attr
                  BUILTIN pthread_mutexattr_init 1
                  POP
                  GLOBAL_ADDR attr
                  CONST 2
                  BUILTIN pthread_mutexattr_settype 2
                  POP
                  GLOBAL_ADDR attr
                  CONST 0
                  BUILTIN pthread_mutexattr_setprotocol 2
                  POP
                  GLOBAL_ADDR mtx
                  GLOBAL_ADDR attr
                  BUILTIN pthread_mutex_init 2
                  RET
                end
                """);
        assertThat(LibState.of(m).mutex(global(m, "mtx")).kind()).isEqualTo(MutexKind.ERROR_CHECK);
        assertThat(LibState.of(m).mutex(global(m, "mtx")).inheritance()).isFalse();
    }

    @Test
    void destroyForgetsTheObject() {
        Machine m = run("""
                global mtx 40
                func main params=0 slots=0
                  GLOBAL_ADDR mtx
                  BUILTIN pthread_mutex_lock 1
                  POP
                  GLOBAL_ADDR mtx
                  BUILTIN pthread_mutex_unlock 1
                  POP
                  GLOBAL_ADDR mtx
                  BUILTIN pthread_mutex_destroy 1
                  RET
                end
                """);
        assertThat(LibState.of(m).mutex(global(m, "mtx"))).isNull();
    }

    @Test
    void semInitSetsTheCount() {
        Machine m = run("""
                global sem 32
                func main params=0 slots=0
                  GLOBAL_ADDR sem
                  CONST 0
                  CONST 5
                  BUILTIN sem_init 3
                  POP
                  GLOBAL_ADDR sem
                  BUILTIN sem_post 1
                  RET
                end
                """);
        assertThat(LibState.of(m).semaphore(global(m, "sem")).value()).isEqualTo(6);
    }

    @Test
    void lockingThroughANullPointerFaults() {
        Program p = Assembler.assemble("test.s", """
                func main params=0 slots=0
                  CONST 0
                  BUILTIN pthread_mutex_lock 1
                  RET
                end
                """);
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(),
                StandardLibrary.registry());
        m.start(List.of("prog"));
        VmOutcome out = m.run();
        assertThat(out.fault().kind()).isEqualTo(FaultKind.NULL_POINTER);
    }

    @Test
    void printfFromAssemblyGoesToStdout() {
        Machine m = run("""
                string fmt "%d-%s\\n"
                string word "ok"
                func main params=0 slots=0
                  STRING_ADDR fmt
                  CONST 7
                  STRING_ADDR word
                  BUILTIN printf 3
                  RET
                end
                """);
        assertThat(LibState.of(m).output().text(Output.Stream.STDOUT)).isEqualTo("7-ok\n");
    }

    @Test
    void theRunnerCanSeedRand() {
        Program p = Assembler.assemble("test.s", """
                func main params=0 slots=0
                  BUILTIN rand 0
                  RET
                end
                """);
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(),
                StandardLibrary.registry());
        LibState.of(m).seedRandom(2);
        m.start(List.of("prog"));
        // (2 * 1103515245 + 12345) & 0x7fffffff = 59559187; exit status is its low byte
        assertThat(m.run().exitStatus()).isEqualTo(59559187 & 0xFF);
    }
}
