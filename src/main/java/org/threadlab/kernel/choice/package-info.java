/**
 * Choice points and choosers: the only source of nondeterminism in the kernel. Realistic mode
 * follows the QNX rules with fixed tick lengths; random mode draws from a seeded PRNG; a
 * recording chooser turns any run into a replayable {@link org.threadlab.kernel.choice.Schedule}.
 */
package org.threadlab.kernel.choice;
