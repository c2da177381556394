/**
 * The explorer's data race detector (issue 4, "Data races"): vector clocks over the
 * happens-before edges the kernel reports ({@link org.threadlab.kernel.SyncListener}) and
 * FastTrack-style shadow state per byte over the VM's shared accesses
 * ({@link org.threadlab.vm.interp.AccessListener}). {@code explore --races} runs every execution
 * with one.
 */
package org.threadlab.explore.race;
