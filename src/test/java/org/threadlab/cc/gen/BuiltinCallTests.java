package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
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

/** GNU atomic builtins become sized library calls; undefined functions are link errors when a library is given. */
class BuiltinCallTests {

    private static BuiltinRegistry atomics() {
        return CRun.builtins()
                .register("__sync_fetch_and_add_4", c -> {
                    long old = c.memory().loadI32(c.arg(0));
                    c.memory().store32(c.arg(0), old + c.arg(1));
                    return old;
                })
                .register("__sync_val_compare_and_swap_8", c -> {
                    long old = c.memory().load64(c.arg(0));
                    if (old == c.arg(1)) {
                        c.memory().store64(c.arg(0), c.arg(2));
                    }
                    return old;
                })
                .register("__atomic_load_2", c -> c.memory().loadU16(c.arg(0)))
                .register("__sync_synchronize", c -> 0)
                .register("div", c -> {
                    c.memory().store32(c.arg(0), c.arg(1) / c.arg(2));
                    c.memory().store32(c.arg(0) + 4, c.arg(1) % c.arg(2));
                    return c.arg(0);
                })
                .register("__atomic_fetch_add_4", c -> {
                    long old = c.memory().loadI32(c.arg(0));
                    c.memory().store32(c.arg(0), old + c.arg(1));
                    return old;
                })
                .register("__atomic_compare_exchange_4", c -> {
                    long cur = c.memory().loadI32(c.arg(0));
                    if (cur == c.memory().loadI32(c.arg(1))) {
                        c.memory().store32(c.arg(0), c.arg(2));
                        return 1;
                    }
                    c.memory().store32(c.arg(1), cur);
                    return 0;
                })
                .register("__atomic_compare_exchange_8", c -> {
                    long cur = c.memory().load64(c.arg(0));
                    if (cur == c.memory().load64(c.arg(1))) {
                        c.memory().store64(c.arg(0), c.arg(2));
                        return 1;
                    }
                    c.memory().store64(c.arg(1), cur);
                    return 0;
                })
                .register("__atomic_fetch_sub_4", c -> {
                    long old = c.memory().loadI32(c.arg(0));
                    c.memory().store32(c.arg(0), old - c.arg(1));
                    return old;
                })
                .register("__atomic_fetch_or_1", c -> {
                    long old = c.memory().loadU8(c.arg(0));
                    c.memory().store8(c.arg(0), old | c.arg(1));
                    return old;
                })
                .register("__atomic_fetch_add_8", c -> {
                    long old = c.memory().load64(c.arg(0));
                    c.memory().store64(c.arg(0), old + c.arg(1));
                    return old;
                });
    }

    private static String run(String source) {
        BuiltinRegistry reg = atomics();
        Program p = Compiler.compile(new SourceFile("t.c", CRun.PROTOTYPES + source), PreprocessorConfig.defaults(),
                new Diagnostics(), reg::contains);
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(), reg);
        m.start(List.of("prog"));
        m.run();
        return m.output();
    }

    @Test
    void syncAndAtomicBuiltinsCallSizedLibraryFunctions() {
        assertThat(run("int counter = 5; long word = 1; short h = -2;\n"
                + "int main(void) { int old = __sync_fetch_and_add(&counter, 3); __sync_synchronize(); print_long(old); print_long(counter);"
                + " print_long(__sync_val_compare_and_swap(&word, 1L, 9L)); print_long(word); print_long(__atomic_load_n(&h, 5)); return 0; }"))
                .isEqualTo("5\n8\n1\n9\n-2\n");
    }

    @Test
    void atomicNamesCarryTheObjectSize() {
        assertThat(CallGenerator.atomicName("__atomic_compare_exchange_n",
                List.of(new org.threadlab.cc.ast.Expr.IntConst(0,
                        org.threadlab.cc.type.Type.pointerTo(org.threadlab.cc.type.Type.LONG), null))))
                .isEqualTo("__atomic_compare_exchange_8");
    }

    @Test
    void callToAFunctionNoLibraryProvidesIsAnUndefinedReference() {
        assertThatThrownBy(() -> Compiler.compile(new SourceFile("t.c", "int helper(int);\nint main(void) {\n  return helper(2);\n}\n"),
                PreprocessorConfig.defaults(), new Diagnostics(), name -> false))
                .isInstanceOf(CompileError.class)
                .satisfies(e -> assertThat(((CompileError) e).diagnostics().render())
                        .contains("t.c:3:").contains("undefined reference to 'helper'"));
    }

    @Test
    void readModifyWriteOfAtomicObjectsIsOneLibraryCall() {
        assertThat(run("_Atomic int counter = 10; _Atomic unsigned char flags = 1; int arr[4] = {1, 2, 3, 4}; int *_Atomic cursor = arr;\n"
                + "int main(void) { int a = counter++; int b = ++counter; counter += 5; int c = (counter -= 2); flags |= 6; cursor++; cursor += 1;"
                + " print_long(a); print_long(b); print_long(c); print_long(counter); print_long(flags); print_long(*cursor); return 0; }"))
                .isEqualTo("10\n12\n15\n15\n7\n3\n");
    }

    @Test
    void libraryFunctionsReturningStructsGetTheHiddenResultPointer() {
        assertThat(run("typedef struct { int quot, rem; } div_t; div_t div(int, int);\n"
                + "int main(void) { div_t d = div(17, 5); print_long(d.quot); print_long(div(9, 4).rem); return 0; }"))
                .isEqualTo("3\n1\n");
    }

    @Test
    void otherAtomicReadModifyWritesAreCompareAndSwapLoops() {
        assertThat(run("_Atomic int x = 6; _Atomic double d = 1.5;\n"
                + "int main(void) { int r = (x *= 7); x <<= 1; x /= 3; d += 2; d *= x; print_long(r); print_long(x); print_double(d); return 0; }"))
                .isEqualTo("42\n28\n98.000000\n");
    }
}
