/**
 * Synchronisation objects of seed 003 built on the kernel's wait queues: mutex (kinds, trylock,
 * priority inheritance), condvar, semaphore, readers/writer lock, barrier, sleepons and simulated
 * interrupts. Each primitive decides who may proceed; {@link org.threadlab.kernel.WaitQueue}
 * decides the order (priority, then length of wait).
 */
package org.threadlab.kernel.sync;
