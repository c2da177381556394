package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Assembler;

/** Calls, recursion, function pointers, the variadic ABI, switches, frame memory and argv. */
class CallTests {

    private static VmOutcome exited(String asm) {
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.status()).as("%s", out.fault()).isEqualTo(VmOutcome.Status.EXITED);
        return out;
    }

    private static String output(String asm) {
        Machine m = VmFixture.machine(asm);
        VmOutcome out = m.run();
        assertThat(out.status()).as("%s", out.fault()).isEqualTo(VmOutcome.Status.EXITED);
        return m.output();
    }

    @Test
    void recursionComputesFibonacci() {
        String asm = """
                func fib params=1 slots=1
                  LOAD_SLOT 0
                  CONST 2
                  LT
                  JUMP_IF_ZERO rec
                  LOAD_SLOT 0
                  RET
                rec:
                  LOAD_SLOT 0
                  CONST 1
                  SUB_I32
                  CALL fib 1
                  LOAD_SLOT 0
                  CONST 2
                  SUB_I32
                  CALL fib 1
                  ADD_I32
                  RET
                end
                func main params=0 slots=0
                  CONST 20
                  CALL fib 1
                  BUILTIN print_long 1
                  POP
                  CONST 0
                  RET
                end
                """;
        assertThat(output(asm)).isEqualTo("6765\n");
    }

    @Test
    void mainsReturnValueIsTheExitStatus() {
        assertThat(exited("func main params=0 slots=0\n CONST 3\n RET\nend\n").exitStatus()).isEqualTo(3);
        assertThat(exited("func main params=0 slots=0\n CONST 4\n EXIT\nend\n").exitStatus()).isEqualTo(4);
        assertThat(exited("func main params=0 slots=0\n CONST -1\n RET\nend\n").exitStatus()).as("as a shell sees it")
                .isEqualTo(255);
        assertThat(exited("func main params=0 slots=0\n CONST 257\n EXIT\nend\n").exitStatus()).isEqualTo(1);
    }

    @Test
    void functionPointersCallFunctionsAndBuiltins() {
        String asm = """
                global table 16 = addr twice, addr print_long
                func twice params=1 slots=1
                  LOAD_SLOT 0
                  CONST 2
                  MUL_I64
                  RET
                end
                func main params=0 slots=0
                  CONST 21
                  GLOBAL_ADDR table
                  LOAD_I64
                  CALL_INDIRECT 1
                  GLOBAL_ADDR table
                  CONST 8
                  ADD_I64
                  LOAD_I64
                  CALL_INDIRECT 1
                  POP
                  CONST 7
                  FUNC_ADDR twice
                  CALL_INDIRECT 1
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        VmOutcome out = m.run();
        assertThat(m.output()).isEqualTo("42\n");
        assertThat(out.exitStatus()).isEqualTo(14);
    }

    @Test
    void callingAnythingButAFunctionAddressFaults() {
        String asm = """
                global g 8
                func main params=0 slots=0
                  GLOBAL_ADDR g
                  CALL_INDIRECT 0
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.INVALID_FUNCTION_POINTER);
        assertThat(out.fault().message()).isEqualTo("call through an invalid function pointer");
        assertThat(out.fault().pos().line()).isEqualTo(4);
        assertThat(out.fault().tid()).isEqualTo(1);
    }

    @Test
    void indirectCallsToleratesMismatchedArgumentCounts() {
        String asm = """
                func noParams params=0 slots=0
                  CONST 5
                  RET
                end
                func oneParam params=1 slots=1
                  LOAD_SLOT 0
                  RET
                end
                func main params=0 slots=0
                  CONST 1
                  CONST 2
                  FUNC_ADDR noParams
                  CALL_INDIRECT 2
                  FUNC_ADDR oneParam
                  CALL_INDIRECT 0
                  ADD_I64
                  RET
                end
                """;
        assertThat(exited(asm).exitStatus()).isEqualTo(5);
    }

    @Test
    void variadicArgumentsAreReadThroughVaStart() {
        // long sum(int n, ...) { va_list ap; va_start(ap, n); s = 0; while (n--) s += va_arg(ap, long); }
        String asm = """
                func sum params=1 slots=3 variadic
                  VA_START
                  STORE_SLOT 1
                  CONST 0
                  STORE_SLOT 2
                loop:
                  LOAD_SLOT 0
                  JUMP_IF_ZERO done
                  LOAD_SLOT 2
                  LOAD_SLOT 1
                  LOAD_I64
                  ADD_I64
                  STORE_SLOT 2
                  LOAD_SLOT 1
                  CONST 8
                  ADD_I64
                  STORE_SLOT 1
                  LOAD_SLOT 0
                  CONST 1
                  SUB_I32
                  STORE_SLOT 0
                  JUMP loop
                done:
                  LOAD_SLOT 2
                  RET
                end
                func main params=0 slots=0
                  CONST 3
                  CONST 100
                  CONST 20
                  CONST 3
                  CALL sum 4
                  BUILTIN print_long 1
                  POP
                  CONST 0
                  CALL sum 1
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm);
        VmOutcome out = m.run();
        assertThat(m.output()).isEqualTo("123\n");
        assertThat(out.exitStatus()).isZero();
    }

    @Test
    void tableAndLookupSwitchesPickTheirCases() {
        String table = """
                func pick params=1 slots=1
                  LOAD_SLOT 0
                  TABLE_SWITCH 10 other ten eleven twelve
                ten:
                  CONST 100
                  RET
                eleven:
                  CONST 110
                  RET
                twelve:
                  CONST 120
                  RET
                other:
                  CONST -1
                  RET
                end
                func lookup params=1 slots=1
                  LOAD_SLOT 0
                  LOOKUP_SWITCH other -9223372036854775808:min 7:seven 1000000000000:big
                min:
                  CONST 1
                  RET
                seven:
                  CONST 2
                  RET
                big:
                  CONST 3
                  RET
                other:
                  CONST 0
                  RET
                end
                func main params=0 slots=1
                  CONST 9
                  CALL pick 1
                  BUILTIN print_long 1
                  CONST 11
                  CALL pick 1
                  BUILTIN print_long 1
                  CONST 12
                  CALL pick 1
                  BUILTIN print_long 1
                  CONST 13
                  CALL pick 1
                  BUILTIN print_long 1
                  CONST_WIDE -9223372036854775808
                  CALL lookup 1
                  BUILTIN print_long 1
                  CONST 7
                  CALL lookup 1
                  BUILTIN print_long 1
                  CONST_WIDE 1000000000000
                  CALL lookup 1
                  BUILTIN print_long 1
                  CONST 8
                  CALL lookup 1
                  BUILTIN print_long 1
                  CONST 0
                  RET
                end
                """;
        // The prints' results stay on main's stack: RET resets it.
        assertThat(output(table)).isEqualTo("-1\n110\n120\n-1\n1\n2\n3\n0\n");
    }

    @Test
    void frameMemoryHoldsAddressTakenLocalsPerCall() {
        // int f(int x) { int a[2]; a[0] = x; if (x) f(x - 1); return a[0]; }
        String asm = """
                func f params=1 slots=1 frame=8
                  FRAME_ADDR 0
                  LOAD_SLOT 0
                  STORE_32
                  LOAD_SLOT 0
                  JUMP_IF_ZERO out
                  LOAD_SLOT 0
                  CONST 1
                  SUB_I32
                  CALL f 1
                  POP
                out:
                  FRAME_ADDR 0
                  LOAD_I32
                  RET
                end
                func main params=0 slots=0
                  CONST 5
                  CALL f 1
                  RET
                end
                """;
        assertThat(exited(asm).exitStatus()).isEqualTo(5);
    }

    @Test
    void copyAndZeroMoveStructs() {
        String asm = """
                global src 16 = i64 7, i64 9
                global dst 16
                func main params=0 slots=0 frame=16
                  FRAME_ADDR 0
                  GLOBAL_ADDR src
                  STRUCT_COPY 16
                  GLOBAL_ADDR dst
                  FRAME_ADDR 0
                  STRUCT_COPY 16
                  FRAME_ADDR 0
                  ZERO 16
                  GLOBAL_ADDR dst
                  CONST 8
                  ADD_I64
                  LOAD_I64
                  FRAME_ADDR 8
                  LOAD_I64
                  ADD_I64
                  RET
                end
                """;
        assertThat(exited(asm).exitStatus()).isEqualTo(9);
    }

    @Test
    void allocaGivesStackMemoryUntilReturn() {
        String asm = """
                func main params=0 slots=1
                  CONST 100
                  ALLOCA
                  STORE_SLOT 0
                  LOAD_SLOT 0
                  CONST 96
                  ADD_I64
                  CONST 6
                  STORE_32
                  LOAD_SLOT 0
                  CONST 96
                  ADD_I64
                  LOAD_I32
                  RET
                end
                """;
        assertThat(exited(asm).exitStatus()).isEqualTo(6);
    }

    @Test
    void stackRestoreFreesTheVlasOfABlock() {
        // for (i = 0; i < 1000; i++) { char vla[1000]; } must not grow the 64 KiB stack.
        String asm = """
                func main params=0 slots=2
                loop:
                  LOAD_SLOT 0
                  CONST 1000
                  LT
                  JUMP_IF_ZERO done
                  STACK_SAVE
                  STORE_SLOT 1
                  CONST 1000
                  ALLOCA
                  POP
                  LOAD_SLOT 1
                  STACK_RESTORE
                  LOAD_SLOT 0
                  CONST 1
                  ADD_I64
                  STORE_SLOT 0
                  JUMP loop
                done:
                  CONST 0
                  RET
                end
                """;
        Machine m = VmFixture.machine(asm, VmConfig.builder().stackBytes(65536).build(), KernelConfig.defaults(),
                Chooser.realistic());
        assertThat(m.run().status()).isEqualTo(VmOutcome.Status.EXITED);
    }

    @Test
    void mainReceivesArgcAndArgv() {
        String asm = """
                func main params=2 slots=2
                  LOAD_SLOT 1
                  CONST 8
                  ADD_I64
                  LOAD_I64
                  BUILTIN print_str 1
                  POP
                  LOAD_SLOT 1
                  LOAD_SLOT 0
                  CONST 8
                  MUL_I64
                  ADD_I64
                  LOAD_I64
                  LNOT
                  LOAD_SLOT 0
                  ADD_I64
                  RET
                end
                """;
        Machine m = new Machine(Assembler.assemble(asm), VmConfig.defaults(), KernelConfig.defaults(),
                Chooser.realistic(), VmFixture.builtins());
        m.start(List.of("prog", "hello"));
        VmOutcome out = m.run();
        assertThat(m.output()).isEqualTo("hello");
        assertThat(out.exitStatus()).as("argc + (argv[argc] == NULL)").isEqualTo(3);
    }

    @Test
    void writingAStringLiteralFaultsAtItsLine() {
        String asm = """
                string s "abc"
                func main params=0 slots=0
                  STRING_ADDR s
                  CONST 65
                  STORE_8
                  CONST 0
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().kind()).isEqualTo(FaultKind.WRITE_TO_READ_ONLY);
        assertThat(out.fault().toString()).isEqualTo("test.s:5:3: thread 1: write to a string literal");
        assertThat(out.fault().address()).isEqualTo(out.fault().address() & ~0xFFFF_FFFFL);
    }

    @Test
    void heapFaultsNameTheAllocationSite() {
        String asm = """
                func main params=0 slots=1
                  CONST 40
                  BUILTIN malloc 1
                  STORE_SLOT 0
                  LOAD_SLOT 0
                  BUILTIN free 1
                  POP
                  LOAD_SLOT 0
                  LOAD_I32
                  RET
                end
                """;
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.fault().toString())
                .isEqualTo("test.s:9:3: thread 1: use after free of a block of 40 bytes allocated at test.s:3");
    }
}
