package org.threadlab.kernel;

/**
 * The memory a process owns. The VM supplies the real one (byte-addressable globals, heap and
 * stacks); kernel-only scenarios use {@link #NONE}.
 */
public interface AddressSpace {
    /** An address space with no memory, for processes whose threads are Java behaviours. */
    AddressSpace NONE = () -> 0;

    /** Bytes currently allocated, for the memory budget and the PCB view. */
    long bytesInUse();
}
