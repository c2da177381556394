/**
 * The deterministic simulated kernel: clock, CPUs, scheduler (seed 003's rules), processes and
 * threads with QNX kernel states, wait queues and timers. No Spring, no wall clock, no Java
 * threads: everything is a function of the thread bodies, the {@link org.threadlab.kernel.KernelConfig}
 * and the choices of its {@link org.threadlab.kernel.choice.Chooser}.
 */
package org.threadlab.kernel;
