package org.threadlab.explore.strategy;

import java.util.Arrays;

import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;

/**
 * A chooser that follows a prefix of alternatives at the branching points, then takes
 * alternative 0 (the realistic choice), and records every branching point it met: the trail a
 * depth-first search backtracks over. Points it does not enumerate are answered realistically.
 */
final class Trail implements Chooser {
    private final int[] prefix;
    private ChoicePoint[] points = new ChoicePoint[64];
    private int[] options = new int[64];
    private int[] alternatives = new int[64];
    private int size;

    Trail(int[] prefix) {
        this.prefix = prefix;
    }

    /**
     * A trail that has already met {@code from}'s first {@code size} branching points (a run
     * resumed from a snapshot taken there) and follows {@code prefix} from there on.
     */
    Trail(Trail from, int size, int[] prefix) {
        this.prefix = prefix;
        int capacity = Math.max(64, Integer.highestOneBit(Math.max(1, size)) * 2);
        points = Arrays.copyOf(from.points, capacity);
        options = Arrays.copyOf(from.options, capacity);
        alternatives = Arrays.copyOf(from.alternatives, capacity);
        this.size = size;
    }

    @Override
    public int choose(ChoicePoint point, int optionCount, int realistic) {
        if (!Branching.enumerates(point, optionCount)) {
            return realistic;
        }
        int alternative = size < prefix.length ? prefix[size] : 0;
        if (alternative >= optionCount) {
            throw new IllegalStateException("the program is not deterministic: choice " + size + " at " + point
                    + " has " + optionCount + " options, the trail asks for alternative " + alternative);
        }
        if (size == points.length) {
            points = Arrays.copyOf(points, size * 2);
            options = Arrays.copyOf(options, size * 2);
            alternatives = Arrays.copyOf(alternatives, size * 2);
        }
        points[size] = point;
        options[size] = optionCount;
        alternatives[size++] = alternative;
        return Branching.choice(alternative, realistic);
    }

    int size() {
        return size;
    }

    ChoicePoint point(int i) {
        return points[i];
    }

    int options(int i) {
        return options[i];
    }

    int alternative(int i) {
        return alternatives[i];
    }
}
