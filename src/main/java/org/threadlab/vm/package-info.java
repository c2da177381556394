/**
 * The virtual machine compiled C programs run on: {@link org.threadlab.vm.VmConfig} (the sandbox
 * budgets) and {@link org.threadlab.vm.Fault} (what went wrong, where) at the root; segmented
 * memory in {@code mem}; the bytecode, assembler and disassembler in {@code code}; the
 * interpreter, which runs each simulated thread as a kernel {@code ThreadBody}, in {@code interp}.
 * No Spring, no wall clock: a run is a function of the program, the configurations and the
 * kernel's choices.
 */
package org.threadlab.vm;
