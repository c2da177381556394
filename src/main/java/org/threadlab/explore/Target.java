package org.threadlab.explore;

import java.util.List;

import org.threadlab.explore.check.Checks;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.lib.LibState;

/**
 * What is explored: a compiled program with its library, VM budgets, kernel configuration
 * (CPUs, preemption points, spurious wakeups), its argv, the seed of its rand(), and the checks
 * every execution runs besides the VM's own (livelock and starvation, data races with
 * {@code explore --races}, lab-defined invariants: compile those with
 * {@link org.threadlab.explore.check.InvariantCompiler}).
 */
public record Target(Program program, BuiltinRegistry library, VmConfig vm, KernelConfig kernel,
                     List<String> argv, long seed, Checks checks) {
    public Target {
        argv = List.copyOf(argv);
    }

    /** A target with the default checks: livelock and starvation, no invariants. */
    public Target(Program program, BuiltinRegistry library, VmConfig vm, KernelConfig kernel, List<String> argv,
                  long seed) {
        this(program, library, vm, kernel, argv, seed, Checks.defaults());
    }

    /** This target with {@code checks} instead. */
    public Target withChecks(Checks checks) {
        return new Target(program, library, vm, kernel, argv, seed, checks);
    }

    /** This target with race detection on or off. */
    public Target withRaces(boolean on) {
        return withChecks(checks.withRaces(on));
    }

    /** A started machine, its main thread created, that takes its choices from {@code chooser}. */
    public Machine start(Chooser chooser) {
        Machine machine = new Machine(program, vm, kernel, chooser, library);
        LibState.of(machine).seedRandom(seed);
        machine.start(argv);
        return machine;
    }
}
