package org.threadlab.kernel.choice;

/**
 * The kernel's only source of nondeterminism. At each choice point the kernel offers
 * {@code options} alternatives numbered from 0 and says which one the realistic QNX rules would
 * take; the chooser answers with one of them. A run is reproducible from the list of answers.
 */
public interface Chooser {
    /** Returns a number in [0, options); {@code realistic} is what realistic mode would pick. */
    int choose(ChoicePoint point, int options, int realistic);

    /** Realistic mode: always the QNX rule with fixed tick lengths. */
    static Chooser realistic() {
        return RealisticChooser.INSTANCE;
    }

    /** Seeded random mode: every choice drawn from a PRNG seeded with {@code seed}. */
    static Chooser random(long seed) {
        return new RandomChooser(seed);
    }
}
