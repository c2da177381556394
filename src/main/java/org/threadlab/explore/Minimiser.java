package org.threadlab.explore;

import java.util.List;

/**
 * Shrinks a failing schedule greedily: it tries to let each choice that differs from the
 * realistic one go the realistic way, keeps the change when the run still fails the same way with
 * fewer such choices, and repeats until no single choice can go back (a 1-minimal schedule).
 * Preemptions are such choices, so this also removes every preemption the failure does not need.
 */
final class Minimiser {
    private Minimiser() {
    }

    /** The minimised failing execution and the number of runs it took. */
    record Result(Execution execution, int runs) {
    }

    static Result minimise(Execution failing, int maxRuns) {
        Target target = failing.target();
        ChoiceLog exact = ChoiceLog.of(failing.schedule());
        Execution best = Execution.run(target, exact);
        List<ChoiceLog.Entry> entries = exact.entries();
        int runs = 1;
        if (!best.sameFailureAs(failing)) {
            return new Result(failing, runs); // cannot happen for a deterministic program; keep what we have
        }
        boolean shrunk = true;
        while (shrunk && runs < maxRuns) {
            shrunk = false;
            int deviations = ChoiceLog.deviations(entries);
            for (int i = 0; i < entries.size() && runs < maxRuns; i++) {
                if (!entries.get(i).deviates()) {
                    continue;
                }
                ChoiceLog attempt = new ChoiceLog(entries, i);
                Execution e = Execution.run(target, attempt);
                runs++;
                if (e.sameFailureAs(failing) && ChoiceLog.deviations(attempt.entries()) < deviations) {
                    best = e;
                    entries = attempt.entries();
                    shrunk = true;
                    break;
                }
            }
        }
        return new Result(best, runs);
    }
}
