package org.threadlab.kernel.choice;

/** Takes the realistic alternative at every choice point. */
final class RealisticChooser implements Chooser {
    static final RealisticChooser INSTANCE = new RealisticChooser();

    private RealisticChooser() {
    }

    @Override
    public int choose(ChoicePoint point, int options, int realistic) {
        return realistic;
    }

    @Override
    public String toString() {
        return "realistic";
    }
}
