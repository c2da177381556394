package org.threadlab.vm.lib;

import java.util.List;

import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/** Compiles a whole C program with the real compiler and runs it against the standard library. */
record CProgram(VmOutcome outcome, Machine machine) {

    static CProgram run(String source) {
        return run(source, VmConfig.defaults());
    }

    static CProgram run(String source, VmConfig config) {
        return run(source, config, List.of("prog"));
    }

    static CProgram run(String source, VmConfig config, List<String> argv) {
        return run(source, config, argv, "");
    }

    /** Runs with {@code stdin} as the program's input. */
    static CProgram run(String source, VmConfig config, List<String> argv, String stdin) {
        return run(source, config, argv, stdin, Chooser.realistic());
    }

    /** Runs with every kernel choice (scheduling, nondet values) taken by {@code chooser}. */
    static CProgram run(String source, Chooser chooser) {
        return run(source, VmConfig.defaults(), List.of("prog"), "", chooser);
    }

    private static CProgram run(String source, VmConfig config, List<String> argv, String stdin, Chooser chooser) {
        Diagnostics d = new Diagnostics();
        Program p = Compiler.compile(new SourceFile("prog.c", source), PreprocessorConfig.defaults(), d);
        if (p == null || d.hasErrors()) {
            throw new AssertionError("does not compile:\n" + d.render());
        }
        Machine m = new Machine(p, config, KernelConfig.defaults(), chooser, StandardLibrary.registry());
        LibState.of(m).setInput(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        m.start(argv);
        return new CProgram(m.run(), m);
    }

    String stdout() {
        return LibState.of(machine).output().text(Output.Stream.STDOUT);
    }

    String stderr() {
        return LibState.of(machine).output().text(Output.Stream.STDERR);
    }

    /** stdout, after checking that the program exited. */
    String exitedWithOutput() {
        if (outcome.status() != VmOutcome.Status.EXITED) {
            throw new AssertionError("run ended " + outcome.status() + ": " + outcome.fault() + "\n"
                    + machine.output());
        }
        return stdout();
    }
}
