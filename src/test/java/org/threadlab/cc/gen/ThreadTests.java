package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/** Compiled C functions run as thread start routines (test builtins stand in for pthreads). */
class ThreadTests {

    private static BuiltinRegistry registry() {
        return CRun.builtins()
                .register("thread_create", c -> {
                    SimThread t = c.machine().startThread(c.self(), c.arg(0), c.arg(1), ThreadAttr.INHERIT);
                    long tid = t == null ? -1 : t.tid();
                    return c.kernelCall(done -> tid);
                })
                .register("thread_join", c -> {
                    SimThread target = null;
                    for (SimThread t : c.kernel().threads()) {
                        if (t.tid() == c.arg(0)) {
                            target = t;
                        }
                    }
                    c.kernel().join(c.self(), target);
                    return c.kernelCall(done -> done.self().value());
                })
                .register("__sync_fetch_and_add_8", c -> {
                    long old = c.memory().load64(c.arg(0));
                    c.memory().store64(c.arg(0), old + c.arg(1));
                    return old;
                });
    }

    @Test
    void startRoutinesReceiveTheirArgumentAndReturnAValue() {
        String src = CRun.PROTOTYPES + "long thread_create(void *(*f)(void *), void *arg); long thread_join(long tid);\n"
                + "long total;\n"
                + "void *worker(void *arg) { long n = (long) arg; for (long i = 0; i < 100; i++) __sync_fetch_and_add(&total, n); return (void *) (n * 2); }\n"
                + "int main(void) { long tids[4]; for (long i = 0; i < 4; i++) tids[i] = thread_create(worker, (void *) (i + 1));\n"
                + " long sum = 0; for (int i = 0; i < 4; i++) sum += thread_join(tids[i]); print_long(sum); print_long(total); return 0; }\n";
        BuiltinRegistry reg = registry();
        Program p = Compiler.compile(new SourceFile("threads.c", src), PreprocessorConfig.defaults(), new Diagnostics(), reg::contains);
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(), reg);
        m.start(List.of("prog"));
        VmOutcome o = m.run();
        assertThat(o.status()).as(String.valueOf(o.fault())).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(m.output()).isEqualTo("20\n1000\n");
    }
}
