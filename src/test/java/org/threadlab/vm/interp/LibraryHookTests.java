package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.FaultKind;

/** What the C library stage builds on: callbacks into C, pthread_exit, the access listener. */
class LibraryHookTests {

    @Test
    void aBuiltinCanCallBackIntoC() {
        String asm = """
                func square params=1 slots=1
                  LOAD_SLOT 0
                  LOAD_SLOT 0
                  MUL_I64
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR square
                  CONST 9
                  BUILTIN apply 2
                  CONST 1
                  ADD_I64
                  RET
                end
                """;
        assertThat(VmFixture.run(asm).exitStatus()).isEqualTo(82);
    }

    @Test
    void aBuiltinCalledThroughAPointerCanCallBackIntoC() {
        String asm = """
                func square params=1 slots=1
                  LOAD_SLOT 0
                  LOAD_SLOT 0
                  MUL_I64
                  RET
                end
                func main params=0 slots=0
                  FUNC_ADDR square
                  CONST 7
                  BUILTIN_ADDR apply
                  CALL_INDIRECT 2
                  CONST 1
                  ADD_I64
                  RET
                end
                """;
        assertThat(VmFixture.run(asm).exitStatus()).isEqualTo(50);
    }

    @Test
    void aCallbackToANonFunctionFaultsAtTheBuiltin() {
        String asm = """
                func main params=0 slots=0
                  CONST 0
                  CONST 9
                  BUILTIN apply 2
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.INVALID_FUNCTION_POINTER);
        assertThat(out.fault().pos().line()).isEqualTo(4);
    }

    @Test
    void longjmpReturnsAgainFromSetjmp() {
        String asm = """
                func thrower params=1 slots=1
                  LOAD_SLOT 0
                  BUILTIN do_longjmp 1
                  RET
                end
                func main params=0 slots=0
                  BUILTIN do_setjmp 0
                  DUP
                  JUMP_IF_NOT_ZERO back
                  POP
                  CONST 42
                  CALL thrower 1
                  POP
                  CONST 99
                  RET
                back:
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        assertThat(m.run().exitStatus()).isEqualTo(42);
        assertThat(m.thread(1).depth()).isEqualTo(1);
    }

    @Test
    void longjmpWithZeroMakesSetjmpReturnOne() {
        String asm = """
                func main params=0 slots=1
                  BUILTIN do_setjmp 0
                  DUP
                  JUMP_IF_NOT_ZERO back
                  POP
                  CONST 0
                  BUILTIN do_longjmp 1
                  RET
                back:
                  RET
                end
                """;
        assertThat(VmFixture.run(asm).exitStatus()).isEqualTo(1);
    }

    @Test
    void longjmpIntoAReturnedFunctionFaults() {
        String asm = """
                func setter params=0 slots=0
                  BUILTIN do_setjmp 0
                  RET
                end
                func main params=0 slots=0
                  CALL setter 0
                  POP
                  CALL setter 0
                  POP
                  CONST 1
                  BUILTIN do_longjmp 1
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.LIBRARY);
        assertThat(out.fault().message()).isEqualTo("longjmp into setter, which has already returned");
    }

    @Test
    void aLibraryMisuseFaultsAtTheCall() {
        String asm = """
                func main params=0 slots=0
                  CONST 3
                  BUILTIN check_positive 1
                  CONST -2
                  BUILTIN check_positive 1
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.LIBRARY);
        assertThat(out.fault().toString()).isEqualTo("test.s:5:3: thread 1: check_positive of -2");
    }

    @Test
    void mainsStackOutlivesItsPthreadExit() {
        // main passes &local to a worker and calls pthread_exit; the worker still reads the local.
        String asm = """
                func worker params=1 slots=1
                  CONST 3
                  BUILTIN sleep_ticks 1
                  POP
                  LOAD_SLOT 0
                  LOAD_I32
                  BUILTIN print_long 1
                  RET
                end
                func main params=0 slots=0 frame=8
                  FRAME_ADDR 0
                  CONST 77
                  STORE_32
                  FUNC_ADDR worker
                  FRAME_ADDR 0
                  BUILTIN thread_create 2
                  POP
                  CONST 0
                  BUILTIN thread_exit 1
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        VmOutcome out = m.run();
        assertThat(out.status()).as("%s", out.fault()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(m.output()).isEqualTo("77\n");
    }

    @Test
    void theAccessListenerSeesSharedAccessesOnly() {
        String asm = """
                global g 8
                func main params=0 slots=0 frame=8
                  FRAME_ADDR 0
                  CONST 1
                  STORE_64
                  GLOBAL_ADDR g
                  FRAME_ADDR 0
                  LOAD_I64
                  STORE_16
                  GLOBAL_ADDR g
                  LOAD_U8
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        List<String> seen = new ArrayList<>();
        m.setAccessListener((t, address, bytes, write) ->
                seen.add((write ? "write " : "read ") + bytes + " at line " + t.currentPos().line()));
        assertThat(m.run().exitStatus()).isEqualTo(1);
        assertThat(seen).containsExactly("write 2 at line 9", "read 1 at line 11");
    }

    @Test
    void threadsReportWhereTheyAre() {
        String asm = """
                func leaf params=0 slots=0
                  CONST 50
                  BUILTIN sleep_ticks 1
                  RET
                end
                func main params=0 slots=0
                  CALL leaf 0
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        m.run(3);
        VmThread main = m.thread(1);
        assertThat(main.functionName()).isEqualTo("leaf");
        assertThat(main.depth()).isEqualTo(2);
        assertThat(main.backtrace()).extracting(p -> p.line()).containsExactly(3, 7);
        assertThat(main.currentPos().line()).isEqualTo(3);
    }
}
