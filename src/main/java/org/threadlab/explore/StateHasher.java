package org.threadlab.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StateDigest;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.lib.LibDigest;

/**
 * The state hash of the stateful search: a 128-bit {@link StateDigest} of everything that decides
 * a run's future, taken at a scheduling choice (between steps), fed by the owners of the state:
 * the kernel ({@link Kernel#digest}: threads, READY and wait queues, timers, processes), every
 * thread's VM state ({@link VmThread#digest}: frames, pcs, operand stacks, slots), memory
 * ({@link org.threadlab.vm.mem.AddressSpace#digest}: every writable segment's bytes, stacks
 * included, which segments are live) and the library ({@link LibDigest}: pthread objects by
 * address, rand and nondet state, files, per-thread library state). The choice point's kind and
 * the threads its options stand for are fed too.
 *
 * <p>What is left out, and why that is sound:
 * <ul>
 *   <li>The program's output: it never feeds back into the program (see {@link LibDigest}).</li>
 *   <li>Instruction counts and budgets left: a run that hits a budget ends without a bug.</li>
 *   <li>The clock (tick, each CPU's place in its tick, timeslices left), unless the run is
 *       <em>clock-sensitive</em>. Without the clock, states that differ only in where the next
 *       timer interrupt falls are one state. That is sound when PREEMPT is offered after every
 *       visible step on one CPU and nothing waits for or reads the clock: a timeslice rotation
 *       then switches threads where a PREEMPT choice could have, give or take thread-local
 *       instructions, so both states reach the same states. With
 *       {@link Preemption#KERNEL_CALLS_ONLY} timeslices never expire, so the clock decides
 *       nothing but timers. A run is clock-sensitive when the program calls any builtin that
 *       reads or waits for the clock (its name contains time, clock, sleep or delay), a timer
 *       is pending, preemption is offered at kernel calls with the timer rotating threads in
 *       between ({@link Preemption#KERNEL_CALLS}), or it has more than one CPU.</li>
 *   <li>A blocked thread's pending completion is a library closure: it is identified by its
 *       call site and the kernel wait it is in, not by the values it captured. Those come from
 *       the call's arguments, which are almost always still in the frame's slots or memory.</li>
 *   <li>Frame entry serials (longjmp's check for a frame that returned).</li>
 *   <li>Names that decide nothing: kernel object ids (a pthread object is named by its C
 *       address, a thread by its tid), the order of each READY queue where it only numbers the
 *       options of the next choice (see KernelDigest) and, there, which of the threads that may
 *       run next is the one on the CPU (any of them can be chosen, and the rest wait in an order
 *       that decides nothing), a call's result once the call is over.</li>
 * </ul>
 * Thread pools, sleepons and pthread_once waits in progress are not covered: the digest says so
 * ({@link StateDigest#uncoveredReason}) and the search does not prune on it.
 */
public final class StateHasher {
    private static final Pattern CLOCK = Pattern.compile("time|clock|sleep|delay");

    private final boolean clockSensitiveProgram;

    public StateHasher(Target target) {
        Preemption p = target.kernel().preemption();
        boolean clock = p != Preemption.SHARED_ACCESSES && p != Preemption.KERNEL_CALLS_ONLY || target.kernel().cpus() > 1;
        this.clockSensitiveProgram = clock || readsClock(target.program());
    }

    /** True when {@code program} calls a builtin that reads or waits for the clock. */
    public static boolean readsClock(Program program) {
        return program.builtins().stream().anyMatch(b -> CLOCK.matcher(b).find());
    }

    /** Threads by tid, pthread objects by C address, the rest (the clock) by kernel id, in three ranges. */
    private static long objectKey(KernelObject o, Map<KernelObject, Long> addresses) {
        if (o instanceof SimThread t) {
            return 1L << 62 | t.tid();
        }
        Long address = addresses.get(o);
        return address != null ? address : 2L << 62 | o.id();
    }

    /** The digest of {@code machine}'s state at a {@code point} choice (PREEMPT, DISPATCH or CPU). */
    public StateDigest digest(Machine machine, ChoicePoint point) {
        StateDigest d = new StateDigest();
        Kernel kernel = machine.kernel();
        List<SimThread> candidates = kernel.choiceCandidates();
        // Whether the thread on the CPU has run since it got it (DISPATCH or PREEMPT) is the
        // kernel's to feed: it matters only where the READY queue's order does.
        d.add(point == ChoicePoint.CPU).add(candidates.size());
        boolean asSet = point != ChoicePoint.CPU && kernel.readyOrderIrrelevant();
        if (point == ChoicePoint.CPU) {
            for (SimThread t : candidates) {
                d.add(t.tid());
            }
        } else {
            // With asSet any of them may run next and the others' order decides nothing (see
            // KernelDigest); otherwise the thread on the CPU, then the others as a set: their
            // order only numbers the options.
            int from = asSet ? 0 : 1;
            if (!asSet) {
                d.add(candidates.get(0).tid());
            }
            int[] tids = new int[candidates.size() - from];
            for (int i = 0; i < tids.length; i++) {
                tids[i] = candidates.get(from + i).tid();
            }
            Arrays.sort(tids);
            for (int tid : tids) {
                d.add(tid);
            }
        }
        Map<KernelObject, Long> addresses = LibDigest.objectAddresses(machine);
        kernel.digest(d, clockSensitiveProgram || kernel.hasTimers(), asSet, t -> {
            VmThread vm = machine.thread(t.tid());
            return vm != null && vm.completionPending();
        }, o -> objectKey(o, addresses));
        List<SimThread> threads = kernel.threads();
        for (int i = 0; i < threads.size(); i++) {
            VmThread vm = machine.thread(threads.get(i).tid());
            d.add(vm != null);
            if (vm != null) {
                vm.digest(d);
                LibDigest.digest(vm, d);
            }
        }
        machine.memory().digest(d);
        LibDigest.digest(machine, d);
        return d;
    }
}
