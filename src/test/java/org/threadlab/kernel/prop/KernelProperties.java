package org.threadlab.kernel.prop;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The property every generated case must have: every invariant holds throughout the run, and a
 * second run of the same (program, setup) gives the same event log (same SHA-256) and the same
 * final state. {@link #verify} shrinks a failing case and renders the report.
 */
public final class KernelProperties {
    private KernelProperties() {
    }

    /** Null when {@code c} has the property, else a one-line description of the failure. */
    public static String check(PropertyCase c) {
        return check(c, ProgramRunner::standardInvariants);
    }

    /** As {@link #check(PropertyCase)}, checking the invariants {@code invariants} makes for each run. */
    public static String check(PropertyCase c, Supplier<List<Invariant>> invariants) {
        RunOutcome first = ProgramRunner.run(c.program(), c.setup(), invariants.get(), false);
        if (first.failed()) {
            return first.violation();
        }
        RunOutcome second = ProgramRunner.run(c.program(), c.setup(), invariants.get(), false);
        if (!first.digest().equals(second.digest())) {
            return "not deterministic: event log SHA-256 " + first.digest() + " then " + second.digest();
        }
        if (!first.finalState().equals(second.finalState())) {
            return "not deterministic: final state\n" + first.finalState() + "then\n" + second.finalState();
        }
        return null;
    }

    /**
     * Null when {@code c} has the property; otherwise shrinks it and returns the report: the seed,
     * the setup, the minimal program, its failure and the last events of its run.
     */
    public static String verify(PropertyCase c) {
        return verify(c, ProgramRunner::standardInvariants);
    }

    /** As {@link #verify(PropertyCase)} with the invariants {@code invariants} makes for each run. */
    public static String verify(PropertyCase c, Supplier<List<Invariant>> invariants) {
        String failure = check(c, invariants);
        if (failure == null) {
            return null;
        }
        Predicate<KernelProgram> fails = p -> check(c.with(p), invariants) != null;
        Shrinker.Result shrunk = Shrinker.shrink(c.program(), fails);
        PropertyCase minimal = c.with(shrunk.program());
        return FailureReport.render(c, failure, minimal, check(minimal, invariants),
                ProgramRunner.run(minimal.program(), minimal.setup(), invariants.get(), false), shrunk);
    }
}
