package org.threadlab.kernel.prop;

/** One generated test case: the seed it came from, the program and how to run it. */
public record PropertyCase(long seed, KernelProgram program, RunSetup setup) {

    /** The same setup running {@code other} (a shrunk program). */
    public PropertyCase with(KernelProgram other) {
        return new PropertyCase(seed, other, setup);
    }
}
