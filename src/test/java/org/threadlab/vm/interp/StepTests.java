package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventRecorder;
import org.threadlab.vm.VmConfig;

/** Where steps end: shared accesses and builtins are preemption points, slot work is not. */
class StepTests {

    /** Two workers each add 1 to a shared counter {@code n} times with a plain load and store. */
    static final String RACE = """
            global counter 4
            func worker params=1 slots=2
              CONST 0
              STORE_SLOT 1
            loop:
              LOAD_SLOT 1
              LOAD_SLOT 0
              LT
              JUMP_IF_ZERO done
              GLOBAL_ADDR counter
              GLOBAL_ADDR counter
              LOAD_I32
              CONST 1
              ADD_I32
              STORE_32
              LOAD_SLOT 1
              CONST 1
              ADD_I32
              STORE_SLOT 1
              JUMP loop
            done:
              CONST 0
              RET
            end
            func main params=0 slots=2
              FUNC_ADDR worker
              CONST 200
              BUILTIN thread_create 2
              STORE_SLOT 0
              FUNC_ADDR worker
              CONST 200
              BUILTIN thread_create 2
              STORE_SLOT 1
              LOAD_SLOT 0
              BUILTIN thread_join 1
              POP
              LOAD_SLOT 1
              BUILTIN thread_join 1
              POP
              GLOBAL_ADDR counter
              LOAD_I32
              BUILTIN print_long 1
              CONST 0
              RET
            end
            """;

    @Test
    void aSharedStoreEndsItsStep() {
        String asm = """
                global g 4
                func main params=0 slots=1
                  CONST 1
                  STORE_SLOT 0
                  GLOBAL_ADDR g
                  CONST 5
                  STORE_32
                  GLOBAL_ADDR g
                  LOAD_I32
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        Kernel k = m.kernel();
        assertThat(k.step()).isTrue();
        assertThat(k.instructions()).as("CONST, STORE_SLOT, GLOBAL_ADDR, CONST, STORE_32").isEqualTo(5);
        assertThat(m.memory().loadI32(m.globalAddress(0))).isEqualTo(5);
        assertThat(k.step()).isTrue();
        assertThat(k.instructions()).as("GLOBAL_ADDR, LOAD_I32").isEqualTo(7);
        assertThat(k.step()).isTrue();
        assertThat(k.instructions()).as("RET").isEqualTo(8);
        assertThat(m.run().exitStatus()).isEqualTo(5);
    }

    @Test
    void accessesToTheThreadsOwnStackDoNotEndTheStep() {
        String asm = """
                func main params=0 slots=0 frame=8
                  FRAME_ADDR 0
                  CONST 3
                  STORE_32
                  FRAME_ADDR 0
                  LOAD_I32
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        assertThat(m.kernel().step()).isTrue();
        assertThat(m.kernel().instructions()).isEqualTo(6);
        assertThat(m.run().exitStatus()).isEqualTo(3);
    }

    @Test
    void aLoopOverSlotsRunsToTheTickBudgetInOneStep() {
        String asm = """
                func main params=0 slots=1
                loop:
                  LOAD_SLOT 0
                  CONST 1
                  ADD_I64
                  STORE_SLOT 0
                  JUMP loop
                end
                """;
        Machine m = VmFixture.machine(asm, VmConfig.defaults(), KernelConfig.builder().instructionsPerTick(500).build(),
                Chooser.realistic());
        assertThat(m.kernel().step()).isTrue();
        assertThat(m.kernel().instructions()).isEqualTo(500);
        assertThat(m.kernel().step()).isTrue();
        assertThat(m.kernel().instructions()).isEqualTo(1000);
    }

    @Test
    void aBuiltinEndsItsStep() {
        String asm = """
                func main params=0 slots=0
                  CONST 1
                  BUILTIN print_long 1
                  CONST 2
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        m.kernel().step();
        assertThat(m.kernel().instructions()).isEqualTo(2);
        assertThat(m.output()).isEqualTo("1\n");
    }

    @Test
    void aStackBecomesSharedWhenAnotherThreadTouchesIt() {
        // main passes the address of its local to a worker, which stores through it.
        String asm = """
                func worker params=1 slots=1
                  LOAD_SLOT 0
                  CONST 9
                  STORE_32
                  CONST 0
                  RET
                end
                func main params=0 slots=1 frame=8
                  FUNC_ADDR worker
                  FRAME_ADDR 0
                  BUILTIN thread_create 2
                  BUILTIN thread_join 1
                  POP
                  FRAME_ADDR 0
                  LOAD_I32
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        VmOutcome out = m.run();
        assertThat(out.exitStatus()).isEqualTo(9);
        int mainStack = m.thread(1).stackSegment();
        assertThat(m.memory().segment(mainStack).isShared()).isTrue();
    }

    static long racedCounter(long seed) {
        Machine m = VmFixture.machine(RACE, VmConfig.defaults(), KernelConfig.builder().cpus(2).build(),
                Chooser.random(seed));
        VmOutcome out = m.run();
        assertThat(out.status()).as("%s", out.fault()).isEqualTo(VmOutcome.Status.EXITED);
        return Long.parseLong(m.output().trim());
    }

    @Test
    void unsynchronisedIncrementsLoseUpdatesUnderSomeSchedule() {
        List<Long> results = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            results.add(racedCounter(seed));
        }
        assertThat(results).allMatch(n -> n <= 400 && n >= 2);
        assertThat(results).anyMatch(n -> n < 400);
    }

    @Test
    void aMutexAroundTheIncrementLosesNoUpdate() {
        String locked = RACE.replace("""
                  GLOBAL_ADDR counter
                  GLOBAL_ADDR counter
                  LOAD_I32
                  CONST 1
                  ADD_I32
                  STORE_32
                """, """
                  GLOBAL_ADDR lock
                  BUILTIN mutex_lock 1
                  POP
                  GLOBAL_ADDR counter
                  GLOBAL_ADDR counter
                  LOAD_I32
                  CONST 1
                  ADD_I32
                  STORE_32
                  GLOBAL_ADDR lock
                  BUILTIN mutex_unlock 1
                  POP
                """).replace("global counter 4", "global counter 4\nglobal lock 8");
        assertThat(locked).contains("mutex_lock");
        for (long seed = 1; seed <= 10; seed++) {
            Machine m = VmFixture.machine(locked, VmConfig.defaults(), KernelConfig.builder().cpus(2).build(),
                    Chooser.random(seed));
            assertThat(m.run().status()).isEqualTo(VmOutcome.Status.EXITED);
            assertThat(m.output()).isEqualTo("400\n");
        }
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(racedCounter(seed)).isEqualTo(racedCounter(seed));
        }
    }

    @Test
    void theSameSeedGivesTheSameEventStream() {
        String[] traces = new String[2];
        for (int run = 0; run < 2; run++) {
            Machine m = VmFixture.machine(RACE, VmConfig.defaults(), KernelConfig.builder().cpus(2).build(),
                    Chooser.random(42));
            EventRecorder recorder = new EventRecorder();
            m.kernel().setSink(recorder);
            m.run();
            traces[run] = recorder.text() + m.output();
        }
        assertThat(traces[0]).contains("switch").isEqualTo(traces[1]);
    }

    @Test
    void realisticModeOnOneCpuIsDeterministicToo() {
        Machine a = VmFixture.machine(RACE);
        Machine b = VmFixture.machine(RACE);
        a.run();
        b.run();
        assertThat(a.output()).isEqualTo(b.output());
        assertThat(a.kernel().instructions()).isEqualTo(b.kernel().instructions());
    }
}
