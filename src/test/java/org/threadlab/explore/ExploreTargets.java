package org.threadlab.explore;

import java.util.List;

import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.StandardLibrary;

/** Compiles C source text into an explorer target, as {@code threadlab explore} sets it up. */
public final class ExploreTargets {
    private ExploreTargets() {
    }

    public static Target of(String source) {
        return of(source, KernelConfig.builder().preemption(Preemption.SHARED_ACCESSES).build());
    }

    public static Target of(String source, KernelConfig kernel) {
        BuiltinRegistry library = StandardLibrary.registry();
        var program = Compiler.compile(List.of(new SourceFile("prog.c", source)), PreprocessorConfig.builder().build(),
                new Diagnostics(), library::contains);
        return new Target(program, library, VmConfig.builder().instructions(1_000_000).build(), kernel,
                List.of("prog"), 1);
    }
}
