package org.threadlab.kernel.prop;

import java.util.List;
import java.util.function.Predicate;

/**
 * Greedy shrinking of a failing program to a 1-minimal one: repeatedly tries removing a whole
 * thread, then extra rounds, then single operations, then replacing an operation by a simpler one (compute 1 for
 * compute 9, lock for trylock), keeping every change after which the program still fails, until
 * no single change keeps the failure; finally drops objects no operation names. Bounded by
 * {@link #MAX_ATTEMPTS} runs of the predicate.
 */
public final class Shrinker {
    static final int MAX_ATTEMPTS = 3_000;

    /** The smallest failing program found, how many candidates were tried and how many kept. */
    public record Result(KernelProgram program, int attempts, int accepted) {
    }

    private Shrinker() {
    }

    /** Shrinks {@code program}, for which {@code fails} holds, keeping {@code fails} true. */
    public static Result shrink(KernelProgram program, Predicate<KernelProgram> fails) {
        Search s = new Search(program, fails);
        boolean changed = true;
        while (changed && s.attempts < MAX_ATTEMPTS) {
            changed = false;
            for (int t = s.current.threads().size() - 1; t >= 0 && s.attempts < MAX_ATTEMPTS; t--) {
                changed |= s.tryKeep(s.current.withoutThread(t));
            }
            for (int t = 0; t < s.current.threads().size() && s.attempts < MAX_ATTEMPTS; t++) {
                changed |= s.tryKeep(s.current.withOneRound(t));
            }
            for (int t = 0; t < s.current.threads().size(); t++) {
                for (int i = s.current.threads().get(t).ops().size() - 1; i >= 0 && s.attempts < MAX_ATTEMPTS; i--) {
                    changed |= s.tryKeep(s.current.withOp(t, i, List.of()));
                }
            }
            for (int t = 0; t < s.current.threads().size(); t++) {
                for (int i = 0; i < s.current.threads().get(t).ops().size() && s.attempts < MAX_ATTEMPTS; i++) {
                    for (Op simpler : s.current.threads().get(t).ops().get(i).simpler()) {
                        if (s.tryKeep(s.current.withOp(t, i, List.of(simpler)))) {
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        s.tryKeep(s.current.withoutUnusedObjects());
        return new Result(s.current, s.attempts, s.accepted);
    }

    private static final class Search {
        private final Predicate<KernelProgram> fails;
        private KernelProgram current;
        private int attempts;
        private int accepted;

        Search(KernelProgram start, Predicate<KernelProgram> fails) {
            this.current = start;
            this.fails = fails;
        }

        /** Adopts {@code candidate} if it is different and still fails. */
        boolean tryKeep(KernelProgram candidate) {
            if (candidate.equals(current)) {
                return false;
            }
            attempts++;
            if (fails.test(candidate)) {
                current = candidate;
                accepted++;
                return true;
            }
            return false;
        }
    }
}
