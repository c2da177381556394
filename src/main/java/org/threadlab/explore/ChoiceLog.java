package org.threadlab.explore;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.Schedule;

/**
 * A chooser that replays a list of choices leniently and logs what it answered with the realistic
 * answer beside it. Entry {@code skip} is answered realistically instead (the minimiser's "what
 * if this choice went the usual way?"); from the first entry that no longer fits the run (another
 * point, too few options) it answers realistically too.
 */
final class ChoiceLog implements Chooser {
    /** One answered choice point. */
    record Entry(ChoicePoint point, int options, int realistic, int choice) {
        boolean deviates() {
            return point != ChoicePoint.TICK_LENGTH && choice != realistic;
        }
    }

    private final List<Entry> replay;
    private final int skip;
    private final List<Entry> log = new ArrayList<>();
    private boolean diverged;

    ChoiceLog(List<Entry> replay, int skip) {
        this.replay = replay;
        this.skip = skip;
    }

    /** Replays the choices of {@code schedule} exactly. */
    static ChoiceLog of(Schedule schedule) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            entries.add(new Entry(schedule.point(i), 0, 0, schedule.choice(i)));
        }
        return new ChoiceLog(entries, -1);
    }

    @Override
    public int choose(ChoicePoint point, int options, int realistic) {
        int i = log.size();
        int choice = realistic;
        if (!diverged && i < replay.size() && i != skip) {
            Entry e = replay.get(i);
            if (e.point() == point && e.choice() < options) {
                choice = e.choice();
            } else {
                diverged = true;
            }
        }
        log.add(new Entry(point, options, realistic, choice));
        return choice;
    }

    List<Entry> entries() {
        return List.copyOf(log);
    }

    static int deviations(List<Entry> entries) {
        int n = 0;
        for (Entry e : entries) {
            if (e.deviates()) {
                n++;
            }
        }
        return n;
    }
}
