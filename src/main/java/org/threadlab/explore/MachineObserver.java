package org.threadlab.explore;

import org.threadlab.vm.interp.Machine;

/**
 * A chooser that also watches the run it drives (DPOR needs each step's thread and footprint):
 * {@link Execution#run} hands it the started machine before the first step, so it can set the
 * machine's and the kernel's listeners.
 */
public interface MachineObserver {
    /** {@code machine} is started (its main thread created) and has not executed a step yet. */
    void started(Machine machine);
}
