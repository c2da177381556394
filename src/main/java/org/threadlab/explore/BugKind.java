package org.threadlab.explore;

import java.util.Locale;

import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.AssertLib;

/** The kinds of bug the explorer reports, named as in its JSON report. */
public enum BugKind {
    DEADLOCK,
    ASSERTION,
    REACH_ERROR,
    FAULT,
    RACE,
    LIVELOCK,
    /** A READY thread that never runs while others keep running (explore.check.ProgressMonitor). */
    STARVATION,
    INVARIANT;

    /** The report's name: lower case, as {@code reach_error}. */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bug an execution that ended with {@code outcome} shows, or null when it ended well. */
    public static BugKind of(VmOutcome outcome) {
        return switch (outcome.status()) {
            case DEADLOCK -> DEADLOCK;
            case FAULT -> outcome.fault().message().startsWith(AssertLib.PREFIX) ? ASSERTION
                    : outcome.fault().message().startsWith(AssertLib.REACH_ERROR_PREFIX) ? REACH_ERROR : FAULT;
            case EXITED, BUDGET, HALTED, RUNNING -> null;
        };
    }
}
