package org.threadlab.vm.interp;

/**
 * Library state, kept by a machine or a thread ({@link Machine#libraryState},
 * {@link VmThread#libraryState}), that the explorer's snapshots can copy ({@link Machine#copy}).
 * State of any other class makes a machine impossible to copy.
 */
public interface CopyableState {
    /** Its copy for the machine {@code copy} is making: kernel objects and threads mapped through it. */
    Object copy(MachineCopy copy);
}
