package org.threadlab.vm.interp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Assembler;
import org.threadlab.vm.code.Program;

/**
 * Runs assembled programs with a handful of test builtins standing in for the C library:
 * print_long(v), print_str(s), malloc(n), free(p), realloc(p, n), thread_create(f, arg) -> tid,
 * thread_join(tid) -> exit value, thread_exit(v), mutex_lock(addr), mutex_unlock(addr),
 * sleep_ticks(n), exit(s), apply(f, x) -> f(x) (a call back into C), check_positive(v) (faults
 * LIBRARY unless v > 0), do_setjmp() and do_longjmp(v) over one jmp_buf.
 */
final class VmFixture {
    private VmFixture() {
    }

    /**
     * main locks a, starts worker, sleeps, locks b; worker locks b, sleeps, locks a: a lock-order
     * deadlock with the wait-for cycle main -> worker -> main.
     */
    static final String LOCK_ORDER_INVERSION = """
            global a 8
            global b 8
            func worker params=1 slots=1
              GLOBAL_ADDR b
              BUILTIN mutex_lock 1
              POP
              CONST 50
              BUILTIN sleep_ticks 1
              POP
              GLOBAL_ADDR a
              BUILTIN mutex_lock 1
              RET
            end
            func main params=0 slots=0
              GLOBAL_ADDR a
              BUILTIN mutex_lock 1
              POP
              FUNC_ADDR worker
              CONST 0
              BUILTIN thread_create 2
              POP
              CONST 10
              BUILTIN sleep_ticks 1
              POP
              GLOBAL_ADDR b
              BUILTIN mutex_lock 1
              RET
            end
            """;

    static BuiltinRegistry builtins() {
        Map<Long, Mutex> mutexes = new TreeMap<>();
        JumpContext[] jmpBuf = new JumpContext[1];
        return new BuiltinRegistry()
                .register("print_long", c -> {
                    c.machine().writeOutput((c.arg(0) + "\n").getBytes(StandardCharsets.UTF_8));
                    return 0;
                })
                .register("print_str", c -> {
                    c.machine().writeOutput(c.memory().readCString(c.arg(0)));
                    return 0;
                })
                .register("malloc", c -> c.memory().malloc(c.arg(0), c.site()))
                .register("free", c -> {
                    c.memory().free(c.arg(0));
                    return 0;
                })
                .register("realloc", c -> c.memory().realloc(c.arg(0), c.arg(1), c.site()))
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
                .register("mutex_lock", c -> {
                    mutexes.computeIfAbsent(c.arg(0), a -> Mutex.create(c.kernel())).lock(c.kernel(), c.self());
                    return c.kernelCall(Completion.RESULT_CODE);
                })
                .register("mutex_unlock", c -> {
                    mutexes.get(c.arg(0)).unlock(c.kernel(), c.self());
                    return c.kernelCall(Completion.RESULT_CODE);
                })
                .register("sleep_ticks", c -> {
                    c.kernel().sleep(c.self(), c.arg(0));
                    return c.kernelCall(Completion.RESULT_CODE);
                })
                .register("thread_exit", c -> {
                    c.thread().exitThread(c.kernel(), c.arg(0));
                    return 0;
                })
                .register("apply", c -> c.tailCall(c.arg(0), c.arg(1)))
                .register("do_setjmp", c -> {
                    jmpBuf[0] = c.saveContext();
                    return 0;
                })
                .register("do_longjmp", c -> c.longJump(jmpBuf[0], c.arg(0)))
                .register("check_positive", c -> {
                    if (c.arg(0) <= 0) {
                        throw c.fault(FaultKind.LIBRARY, "check_positive of " + c.arg(0));
                    }
                    return c.arg(0);
                })
                .register("exit", c -> {
                    c.kernel().exitProcess(c.self().process(), (int) c.arg(0));
                    return c.kernelCall(done -> 0);
                });
    }

    static Machine machine(String asm, VmConfig config, KernelConfig kernel, Chooser chooser) {
        Program p = Assembler.assemble("test.s", asm);
        Machine m = new Machine(p, config, kernel, chooser, builtins());
        m.start(List.of("prog"));
        return m;
    }

    static Machine machine(String asm) {
        return machine(asm, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic());
    }

    /** Runs {@code asm} to the end with default budgets. */
    static VmOutcome run(String asm) {
        return machine(asm).run();
    }

    /** main that evaluates {@code body} (which must leave one value) and returns it as the exit status. */
    static String mainReturning(String body) {
        return "func main params=0 slots=4 frame=64\n" + body + "\n RET\nend\n";
    }
}
