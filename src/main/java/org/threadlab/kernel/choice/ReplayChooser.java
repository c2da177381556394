package org.threadlab.kernel.choice;

/**
 * Answers from a recorded {@link Schedule}; past its end, answers realistically. A choice point
 * that does not match the recorded one means the program or configuration changed.
 */
public final class ReplayChooser implements Chooser {
    private final Schedule schedule;
    private int next;

    public ReplayChooser(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public int choose(ChoicePoint point, int options, int realistic) {
        if (next >= schedule.size()) {
            return realistic;
        }
        ChoicePoint recorded = schedule.point(next);
        int choice = schedule.choice(next);
        if (recorded != point || choice >= options) {
            throw new IllegalStateException("schedule does not match this run at choice " + next
                    + ": recorded " + recorded + "=" + choice + ", run asks " + point + " of " + options);
        }
        next++;
        return choice;
    }

    /** True when every recorded choice has been used. */
    public boolean isExhausted() {
        return next >= schedule.size();
    }
}
