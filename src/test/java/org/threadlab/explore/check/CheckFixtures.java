package org.threadlab.explore.check;

import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.explore.Target;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.StandardLibrary;

/** Targets for the checks' tests: a C source compiled with invariants, explored on one CPU. */
final class CheckFixtures {
    private CheckFixtures() {
    }

    static InvariantCompiler.Compiled compile(String source, List<String> invariants, Diagnostics diags) {
        BuiltinRegistry library = StandardLibrary.registry();
        return InvariantCompiler.compile(List.of(new SourceFile("prog.c", source)), PreprocessorConfig.defaults(),
                invariants, diags, library::contains);
    }

    static Target target(String source, List<String> invariants, InvariantAt at, long livelockBound,
                         long instructions) {
        InvariantCompiler.Compiled compiled = compile(source, invariants, new Diagnostics());
        KernelConfig kernel = KernelConfig.builder().preemption(Preemption.SHARED_ACCESSES).build();
        return new Target(compiled.program(), StandardLibrary.registry(),
                VmConfig.builder().instructions(instructions).build(), kernel, List.of("prog.c"), 1,
                new Checks(livelockBound, compiled.invariants(), at, false));
    }
}
