package org.threadlab.cc.gen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.math.BigDecimal;
import java.math.RoundingMode;

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
import org.threadlab.vm.interp.VmOutcome;

/**
 * Compiles C source with the real {@link Compiler} and runs it on a {@link Machine} with a few test
 * builtins: {@code void print_long(long)} (value and newline), {@code void print_str(const char *)}
 * (no newline), {@code void print_double(double)} ({@code %.6f} and newline),
 * {@code void *malloc(unsigned long)}, {@code void free(void *)}, {@code void exit(int)}.
 */
record CRun(VmOutcome outcome, String output) {

    /** The prototypes of the test builtins, for gcc's prelude and for test sources. */
    static final String PROTOTYPES = "void print_long(long);\nvoid print_str(const char *);\n"
            + "void print_double(double);\nvoid *malloc(unsigned long);\nvoid free(void *);\nvoid exit(int);\n";

    static BuiltinRegistry builtins() {
        return new BuiltinRegistry()
                .register("print_long", c -> out(c.machine(), c.arg(0) + "\n"))
                .register("print_str", c -> {
                    c.machine().writeOutput(c.memory().readCString(c.arg(0)));
                    return 0;
                })
                .register("print_double", c -> out(c.machine(), fixed6(c.argDouble(0)) + "\n"))
                .register("malloc", c -> c.memory().malloc(c.arg(0), c.site()))
                .register("free", c -> {
                    c.memory().free(c.arg(0));
                    return 0;
                })
                .register("exit", c -> {
                    c.kernel().exitProcess(c.self().process(), (int) c.arg(0));
                    return c.kernelCall(done -> 0);
                });
    }

    /** printf's {@code %.6f}: the exact binary value rounded half-even to 6 decimals. */
    static String fixed6(double d) {
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d < 0 ? "-inf" : "inf";
        }
        String s = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        return negative && !s.startsWith("-") ? "-" + s : s;
    }

    private static long out(Machine m, String s) {
        m.writeOutput(s.getBytes(StandardCharsets.UTF_8));
        return 0;
    }

    static Program compile(String source) {
        return Compiler.compile(new SourceFile("test.c", PROTOTYPES + source), PreprocessorConfig.defaults(),
                new Diagnostics());
    }

    /** Compiles (prototypes prepended: line numbers shift by {@link #PROTOTYPE_LINES}) and runs. */
    static CRun run(String source) {
        return runProgram(compile(source));
    }

    static final int PROTOTYPE_LINES = 6;

    static CRun runProgram(Program p) {
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(), builtins());
        m.start(List.of("prog"));
        VmOutcome o = m.run();
        return new CRun(o, m.output());
    }

    /** Runs and returns the output; fails (with the fault) unless the program exited. */
    static String output(String source) {
        CRun r = run(source);
        if (r.outcome().status() != VmOutcome.Status.EXITED) {
            throw new AssertionError("run ended " + r.outcome().status() + ": " + r.outcome().fault()
                    + "\noutput so far:\n" + r.output());
        }
        return r.output();
    }
}
