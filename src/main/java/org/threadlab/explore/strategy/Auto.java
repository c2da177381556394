package org.threadlab.explore.strategy;

import org.threadlab.explore.Execution;
import org.threadlab.explore.Target;
import org.threadlab.kernel.choice.Chooser;

/**
 * {@code --strategy auto}, stopping at the first bug:
 * <ol>
 *   <li>When the target allows switching threads at kernel calls only (see below): iterative
 *       context bounding over those switches, for at most {@value #KERNEL_CALL_BOUNDING}
 *       executions. Most synchronisation bugs need a preemption or two at the right kernel
 *       calls, and this finds them with the fewest; the bugs it finds are real schedules.</li>
 *   <li>The stateful search that switches threads at kernel calls only
 *       ({@link Stateful#atKernelCalls}), when the target allows it: it covers every interleaving
 *       of a program without data races with few states.</li>
 *   <li>If it meets a data race, it can no longer prove anything, but the bugs it finds are
 *       still real: it goes on, taking turns execution by execution with iterative context
 *       bounding at every shared access, which finds the bugs that need a thread switched in
 *       the middle of a racy update.</li>
 *   <li>Iterative context bounding up to {@code maxBound} preemptions (most bugs need few, and
 *       it finds them with the fewest), complete when a round skips nothing.</li>
 *   <li>DPOR with sleep sets, complete when it exhausts the program's interleavings.</li>
 *   <li>Seeded random walks for whatever budget is left: DPOR gives way to them as soon as one
 *       of its executions runs out of instructions (a spin-wait that DPOR's first schedules keep
 *       spinning) or meets several CPUs, since it could not be complete then.</li>
 * </ol>
 */
public final class Auto implements Strategy {
    private enum Phase { KERNEL_CALL_BOUNDING, KERNEL_CALLS, TAKING_TURNS, BOUNDED, DPOR, RANDOM }

    /** The executions auto gives bounded search at kernel calls before the stateful search. */
    static final int KERNEL_CALL_BOUNDING = 5_000;

    private final Stateful kernelCalls;
    private final IterativeBounding kernelCallBounding;
    private long kernelCallBoundingRuns;
    private final IterativeBounding bounded;
    private final Dpor dpor = new Dpor();
    private final RandomWalk random;
    private Phase phase;
    /** The strategy whose chooser the last execution ran. */
    private Strategy active;
    private boolean kernelCallsTurn;
    private boolean completed;
    /** Set when an execution at kernel calls spun to its budget: the kernel-call phases were given up. */
    private boolean leftKernelCalls;
    private long randomExecutions;

    public Auto(Target target, int maxBound, long seed) {
        this.kernelCalls = Stateful.atKernelCalls(target);
        this.kernelCallBounding = new IterativeBounding(maxBound);
        this.bounded = new IterativeBounding(maxBound);
        this.random = new RandomWalk(seed);
        this.phase = kernelCalls != null ? Phase.KERNEL_CALL_BOUNDING : Phase.BOUNDED;
    }

    @Override
    public Target target(Target base) {
        return active == kernelCallBounding ? kernelCalls.target(base) : active.target(base);
    }

    @Override
    public Chooser next() {
        if (phase == Phase.KERNEL_CALL_BOUNDING) {
            Chooser c = kernelCallBoundingRuns < KERNEL_CALL_BOUNDING ? kernelCallBounding.next() : null;
            if (c != null) {
                kernelCallBoundingRuns++;
                active = kernelCallBounding;
                return c;
            }
            phase = Phase.KERNEL_CALLS;
        }
        if (phase == Phase.KERNEL_CALLS) {
            if (kernelCalls.conflict() != null) {
                phase = Phase.TAKING_TURNS;
            } else {
                Chooser c = from(kernelCalls);
                if (c != null || completed) {
                    return c;
                }
                phase = Phase.BOUNDED;
            }
        }
        if (phase == Phase.TAKING_TURNS) {
            kernelCallsTurn = !kernelCallsTurn;
            Chooser c = kernelCallsTurn ? kernelCalls.next() : null;
            if (c != null) {
                active = kernelCalls;
                return c;
            }
            c = from(bounded);
            if (c != null || completed) {
                return c;
            }
            phase = Phase.DPOR;
        }
        if (phase == Phase.BOUNDED) {
            Chooser c = from(bounded);
            if (c != null || completed) {
                return c;
            }
            phase = Phase.DPOR;
        }
        if (phase == Phase.DPOR) {
            Chooser c = from(dpor);
            if (c != null || completed) {
                return c;
            }
            phase = Phase.RANDOM;
        }
        randomExecutions++;
        active = random;
        return random.next();
    }

    /** The next chooser of {@code s}; null when it is done, and then {@link #completed} if it was complete. */
    private Chooser from(Strategy s) {
        Chooser c = s.next();
        if (c != null) {
            active = s;
        } else {
            completed = s.complete();
        }
        return c;
    }

    @Override
    public Execution run(Target target, Chooser chooser) {
        return active.run(target, chooser);
    }

    @Override
    public void executed(Execution execution) {
        active.executed(execution);
        if (active == dpor && dpor.cut()) { // a spinning program: DPOR's depth-first runs would each spin to the budget
            phase = Phase.RANDOM;
        }
        boolean coarse = active == kernelCallBounding || active == kernelCalls;
        if (coarse && phase.ordinal() <= Phase.TAKING_TURNS.ordinal() && Stateful.cutShort(execution)) {
            // A thread spins without kernel calls (a spin-wait, Peterson): at kernel calls nothing
            // else can run, so each execution would spin to its budget. Only finer steps help.
            leftKernelCalls = true;
            phase = Phase.BOUNDED;
        }
    }

    @Override
    public boolean exhausted() {
        return completed;
    }

    @Override
    public boolean complete() {
        return completed;
    }

    @Override
    public long states() {
        return kernelCalls == null || kernelCalls.states() == 0 ? -1 : kernelCalls.states();
    }

    @Override
    public String coverage() {
        if (completed) {
            return active.coverage();
        }
        String first = kernelCalls == null || leftKernelCalls ? "" : kernelCalls.coverage();
        String then = first.isEmpty() ? "" : phase == Phase.TAKING_TURNS ? first + ", taking turns with " : first + ", then ";
        String covered = switch (phase) {
            case KERNEL_CALL_BOUNDING -> kernelCallBounding.coverage() + " at kernel calls";
            case KERNEL_CALLS -> first;
            case TAKING_TURNS, BOUNDED -> then + bounded.coverage();
            case DPOR -> then + bounded.coverage() + ", then " + dpor.coverage();
            case RANDOM -> then + bounded.coverage() + ", then " + dpor.coverage() + ", then " + randomExecutions
                    + " random schedule" + (randomExecutions == 1 ? "" : "s");
        };
        return leftKernelCalls ? covered + " (switching at kernel calls only was given up: a thread spins without"
                + " making kernel calls)" : covered;
    }
}
