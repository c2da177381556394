package org.threadlab.kernel.prop;

import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;

/**
 * How a program is run: the kernel configuration, the chooser (realistic, or random from
 * {@code chooserSeed}) and the instruction budget. Each run gets a fresh chooser, so the same
 * setup gives the same choices.
 */
public record RunSetup(KernelConfig config, boolean realistic, long chooserSeed, long budget) {

    public Chooser newChooser() {
        return realistic ? Chooser.realistic() : Chooser.random(chooserSeed);
    }

    @Override
    public String toString() {
        return config + ", chooser " + (realistic ? "realistic" : "random(" + chooserSeed + ")")
                + ", budget " + budget + " instructions";
    }
}
