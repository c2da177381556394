package org.threadlab.explore;

import java.util.List;

import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.lib.LibState;

/**
 * What is explored: a compiled program with its library, VM budgets, kernel configuration
 * (CPUs, preemption points, spurious wakeups), its argv and the seed of its rand(); with
 * {@code races} every execution also runs the data race detector ({@code explore --races}).
 */
public record Target(Program program, BuiltinRegistry library, VmConfig vm, KernelConfig kernel,
                     List<String> argv, long seed, boolean races) {
    public Target {
        argv = List.copyOf(argv);
    }

    /** A target without race detection. */
    public Target(Program program, BuiltinRegistry library, VmConfig vm, KernelConfig kernel, List<String> argv,
                  long seed) {
        this(program, library, vm, kernel, argv, seed, false);
    }

    /** This target with race detection on or off. */
    public Target withRaces(boolean on) {
        return new Target(program, library, vm, kernel, argv, seed, on);
    }

    /** A started machine, its main thread created, that takes its choices from {@code chooser}. */
    public Machine start(Chooser chooser) {
        Machine machine = new Machine(program, vm, kernel, chooser, library);
        LibState.of(machine).seedRandom(seed);
        machine.start(argv);
        return machine;
    }
}
