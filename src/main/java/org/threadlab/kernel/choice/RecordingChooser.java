package org.threadlab.kernel.choice;

import java.util.Arrays;

/** Delegates every choice and records it, so the run can be replayed as a {@link Schedule}. */
public final class RecordingChooser implements Chooser {
    private static final Schedule NOTHING = Schedule.owning(new ChoicePoint[0], new int[0]);

    private final Chooser delegate;
    /** The choices made before this recorder started (a snapshot's), kept as they are. */
    private final Schedule before;
    private ChoicePoint[] points = new ChoicePoint[16];
    private int[] choices = new int[16];
    private int size;

    public RecordingChooser(Chooser delegate) {
        this(delegate, NOTHING);
    }

    /** A recorder whose record starts with {@code before}: the choices that led to a snapshot it resumes. */
    public RecordingChooser(Chooser delegate, Schedule before) {
        this.delegate = delegate;
        this.before = before;
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

    /** The choices made so far, those before this recorder started first. */
    public Schedule schedule() {
        return Schedule.owning(before.points(size, points), before.choices(size, choices));
    }
}
