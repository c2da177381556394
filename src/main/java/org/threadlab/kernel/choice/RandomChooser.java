package org.threadlab.kernel.choice;

import java.util.SplittableRandom;

/**
 * Draws every choice uniformly from a seeded {@link SplittableRandom}, whose algorithm is fixed
 * by the Java specification, so a seed gives the same choices on every machine.
 */
final class RandomChooser implements Chooser {
    private final long seed;
    private final SplittableRandom random;

    RandomChooser(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int choose(ChoicePoint point, int options, int realistic) {
        return options == 1 ? 0 : random.nextInt(options);
    }

    @Override
    public String toString() {
        return "random(seed " + seed + ")";
    }
}
