package org.threadlab.kernel.choice;

import java.util.Arrays;

/**
 * A run's list of choices: plain data, enough to replay the run exactly with the same program
 * and configuration. Each entry is the point's kind and the alternative taken.
 */
public final class Schedule {
    private final ChoicePoint[] points;
    private final int[] choices;

    public Schedule(ChoicePoint[] points, int[] choices) {
        if (points.length != choices.length) {
            throw new IllegalArgumentException("points and choices differ in length");
        }
        this.points = points.clone();
        this.choices = choices.clone();
    }

    /** A schedule of these arrays, which the caller hands over and no longer touches. */
    static Schedule owning(ChoicePoint[] points, int[] choices) {
        return new Schedule(points, choices, false);
    }

    private Schedule(ChoicePoint[] points, int[] choices, boolean copy) {
        this.points = copy ? points.clone() : points;
        this.choices = copy ? choices.clone() : choices;
    }

    /** This schedule's points followed by the first {@code n} of {@code more}, in a new array. */
    ChoicePoint[] points(int n, ChoicePoint[] more) {
        ChoicePoint[] out = Arrays.copyOf(points, points.length + n);
        System.arraycopy(more, 0, out, points.length, n);
        return out;
    }

    /** This schedule's choices followed by the first {@code n} of {@code more}, in a new array. */
    int[] choices(int n, int[] more) {
        int[] out = Arrays.copyOf(choices, choices.length + n);
        System.arraycopy(more, 0, out, choices.length, n);
        return out;
    }

    public int size() {
        return choices.length;
    }

    public ChoicePoint point(int i) {
        return points[i];
    }

    public int choice(int i) {
        return choices[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && Arrays.equals(points, s.points) && Arrays.equals(choices, s.choices);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(points) + Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < choices.length; i++) {
            sb.append(i == 0 ? "" : " ").append(points[i].name()).append('=').append(choices[i]);
        }
        return sb.toString();
    }
}
