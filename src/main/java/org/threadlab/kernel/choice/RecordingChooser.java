package org.threadlab.kernel.choice;

import java.util.Arrays;

/** Delegates every choice and records it, so the run can be replayed as a {@link Schedule}. */
public final class RecordingChooser implements Chooser {
    private final Chooser delegate;
    private ChoicePoint[] points = new ChoicePoint[64];
    private int[] choices = new int[64];
    private int size;

    public RecordingChooser(Chooser delegate) {
        this.delegate = delegate;
    }

    /** A recorder whose record starts with {@code before}: the choices that led to a snapshot it resumes. */
    public RecordingChooser(Chooser delegate, Schedule before) {
        this.delegate = delegate;
        int n = before.size();
        points = new ChoicePoint[Math.max(64, n * 2)];
        choices = new int[points.length];
        for (int i = 0; i < n; i++) {
            points[i] = before.point(i);
            choices[i] = before.choice(i);
        }
        size = n;
    }

    @Override
    public int choose(ChoicePoint point, int options, int realistic) {
        int choice = delegate.choose(point, options, realistic);
        if (size == choices.length) {
            points = Arrays.copyOf(points, size * 2);
            choices = Arrays.copyOf(choices, size * 2);
        }
        points[size] = point;
        choices[size++] = choice;
        return choice;
    }

    /** The choices made so far. */
    public Schedule schedule() {
        return Schedule.owning(Arrays.copyOf(points, size), Arrays.copyOf(choices, size));
    }
}
