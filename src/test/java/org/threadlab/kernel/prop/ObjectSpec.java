package org.threadlab.kernel.prop;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;

/** A kernel object a generated program declares; created afresh for each run. */
public interface ObjectSpec {
    /** The object's name in events and in the program text, e.g. "m0". */
    String name();

    /** Creates the object in {@code kernel} under {@link #name()}. */
    KernelObject create(Kernel kernel);
}
