/**
 * Property-based tests of the kernel without a property framework: {@link
 * org.threadlab.kernel.prop.ProgramGenerator} draws a random {@link
 * org.threadlab.kernel.prop.KernelProgram} (threads, each a list of {@link
 * org.threadlab.kernel.prop.Op}s over generated objects) and a random configuration and chooser
 * from one seed; {@link org.threadlab.kernel.prop.ProgramRunner} drives it step by step while
 * {@link org.threadlab.kernel.prop.Invariant}s watch every event and the state between steps; and
 * {@link org.threadlab.kernel.prop.Shrinker} cuts a failing program down to a minimal one for the
 * report. Each primitive contributes an {@link org.threadlab.kernel.prop.OpKind}: its objects, its
 * operations and its invariants, so new primitives plug in without touching the harness.
 */
package org.threadlab.kernel.prop;
