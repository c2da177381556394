package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;

/**
 * Overview: seed 003's scheduling rules on 1..16 CPUs.
 *
 * <ol>
 *   <li>The highest-priority READY threads run; a thread that becomes READY with a higher priority
 *       than a running one preempts it at once ({@link #reschedule}).</li>
 *   <li>A preempted thread goes to the head of its priority's READY queue; a thread whose RR
 *       timeslice expired, that yielded, that was unblocked or is new goes to the tail.</li>
 *   <li>FIFO threads run until they block or yield; RR (and OTHER) threads give way to an equal
 *       priority READY thread after their timeslice ({@link #expireSlices}).</li>
 * </ol>
 *
 * Time: each CPU executes a tick's worth of instructions, then the clock ticks. On SMP the next
 * instruction goes to the busy CPU that is furthest behind in the tick (lockstep in realistic
 * mode); the choice among busy CPUs is a {@link ChoicePoint#CPU} choice point.
 *
 * <p>Atomic sections ({@link Kernel#beginAtomic}): a RUNNING thread inside one is never a
 * preemption victim and its expired timeslice waits for the section's end; on SMP only its CPU
 * executes ({@link #nextCpu}). The thread that entered a section holds it; when it gives up its
 * CPU, a thread that resumes a section it blocked in takes over.
 */
final class Scheduler {
    private final Kernel kernel;
    private final Cpu[] cpus;
    private final ReadyQueues ready = new ReadyQueues();
    private final Chooser chooser;
    private final int timeslice;
    /** False when only the chooser switches equal-priority threads ({@link Preemption#KERNEL_CALLS_ONLY}). */
    private final boolean slicesExpire;
    /** Whether dispatched threads face a DISPATCH choice (only when preemption is explored). */
    private final boolean choices;
    private final int[] candidates;
    /** While a PREEMPT/DISPATCH choice is asked: its CPU; while a CPU choice is asked, the candidates. */
    private Cpu offering;
    private int offeringCpus;
    /** The thread whose atomic section runs alone on SMP, or null; checked lazily by {@link #atomicCpu}. */
    private SimThread atomicHolder;
    long contextSwitches;

    Scheduler(Kernel kernel, int cpuCount, Chooser chooser, int timeslice) {
        this.kernel = kernel;
        this.chooser = chooser;
        this.timeslice = timeslice;
        this.choices = kernel.config().preemption() != Preemption.TIMER;
        this.slicesExpire = kernel.config().preemption().rotatesSlices();
        this.cpus = new Cpu[cpuCount];
        for (int i = 0; i < cpuCount; i++) {
            cpus[i] = new Cpu(i);
        }
        this.candidates = new int[cpuCount];
    }

    /**
     * Takes {@code from}'s state, as copies (see {@link KernelCopy#copy}); this scheduler is new. A
     * choice being asked is not carried over: the copy asks it again.
     */
    void copyFrom(Scheduler from, KernelCopy c) {
        for (int i = 0; i < cpus.length; i++) {
            Cpu f = from.cpus[i];
            cpus[i].running = c.thread(f.running);
            cpus[i].used = f.used;
            cpus[i].leaving = c.thread(f.leaving);
            cpus[i].leavingReason = f.leavingReason;
        }
        ready.copyFrom(from.ready, c);
        atomicHolder = c.thread(from.atomicHolder);
        contextSwitches = from.contextSwitches;
    }

    Cpu[] cpus() {
        return cpus;
    }

    ReadyQueues ready() {
        return ready;
    }

    /** The busy CPU to execute the next instruction, or null when none has tick budget left. */
    Cpu nextCpu(int tickLength) {
        if (cpus.length == 1) {
            Cpu cpu = cpus[0];
            return cpu.running != null && cpu.used < tickLength ? cpu : null;
        }
        int count = 0;
        int behind = -1;
        for (Cpu cpu : cpus) {
            if (cpu.running != null && cpu.used < tickLength) {
                if (behind < 0 || cpu.used < cpus[candidates[behind]].used) {
                    behind = count;
                }
                candidates[count++] = cpu.index;
            }
        }
        if (count == 0) {
            return null;
        }
        Cpu atomic = atomicCpu();
        if (atomic != null) {
            return atomic.used < tickLength ? atomic : null;
        }
        if (count == 1) {
            return cpus[candidates[0]];
        }
        offeringCpus = count;
        try {
            return cpus[candidates[chooser.choose(ChoicePoint.CPU, count, behind)]];
        } finally {
            offeringCpus = 0;
        }
    }

    /** The running thread {@code t} entered an atomic section: only its CPU executes until it leaves. */
    void holdAtomic(SimThread t) {
        atomicHolder = t;
    }

    /**
     * The CPU of the thread whose atomic section runs alone, or null: the holder while it runs
     * inside its section, else the first CPU whose thread is inside one (it resumed a section it
     * blocked in), which becomes the holder.
     */
    private Cpu atomicCpu() {
        SimThread h = atomicHolder;
        if (h != null && h.cpu != null && h.atomicDepth > 0) {
            return h.cpu;
        }
        atomicHolder = null;
        for (Cpu cpu : cpus) {
            if (cpu.running != null && cpu.running.atomicDepth > 0) {
                atomicHolder = cpu.running;
                return cpu;
            }
        }
        return null;
    }

    boolean anyBusy() {
        for (Cpu cpu : cpus) {
            if (cpu.running != null) {
                return true;
            }
        }
        return false;
    }

    void startTick() {
        for (Cpu cpu : cpus) {
            cpu.used = 0;
        }
    }

    /** Makes a thread READY at the tail of its queue with a fresh timeslice. */
    void enqueueTail(SimThread t) {
        t.sliceLeft = timeslice;
        ready.addTail(t);
    }

    /** Takes {@code t} off its CPU; the switch is reported when the CPU gets its next thread. */
    void vacate(SimThread t, SwitchReason reason) {
        Cpu cpu = t.cpu;
        cpu.running = null;
        cpu.leaving = t;
        cpu.leavingReason = reason;
        t.cpu = null;
    }

    /** Yields the CPU to the next READY thread of equal priority, if there is one. */
    boolean yield(SimThread t) {
        if (ready.first(t.priority) == null) {
            return false;
        }
        vacate(t, SwitchReason.YIELDED);
        kernel.setState(t, ThreadState.READY, null);
        enqueueTail(t);
        return true;
    }

    /**
     * The threads the choice being asked picks among, in option order: for PREEMPT/DISPATCH the
     * running thread (option 0) then the READY threads of its priority in queue order; for CPU
     * the threads running on the candidate CPUs. Empty when no such choice is being asked.
     */
    List<SimThread> choiceCandidates() {
        List<SimThread> list = new ArrayList<>();
        if (offering != null) {
            SimThread t = offering.running;
            list.add(t);
            int others = ready.count(t.priority);
            for (int k = 0; k < others; k++) {
                list.add(ready.nth(t.priority, k));
            }
        } else {
            for (int i = 0; i < offeringCpus; i++) {
                list.add(cpus[candidates[i]].running);
            }
        }
        return list;
    }

    /** Charges one tick to every running RR thread and rotates those whose slice expired. */
    void expireSlices() {
        if (!slicesExpire) {
            return;
        }
        for (Cpu cpu : cpus) {
            SimThread t = cpu.running;
            if (t != null && t.policy.isTimesliced() && --t.sliceLeft <= 0) {
                rotateExpired(t);
            }
        }
    }

    /**
     * The PREEMPT or DISPATCH choice point before the next step on {@code cpu} (see
     * {@link ChoicePoint}): the chooser may put an equal-priority READY thread on the CPU instead,
     * as a timer interrupt falling here would. Only RR threads are switched this way.
     */
    void offerSwitch(Cpu cpu) {
        SimThread t = cpu.running;
        int others = t.policy.isTimesliced() && t.atomicDepth == 0 ? ready.count(t.priority) : 0;
        if (others == 0) {
            t.choiceDue = false;
            return;
        }
        boolean ran = t.ranSinceDispatch;
        offering = cpu;
        int k;
        try {
            // Nothing has changed yet: a copy of the kernel made now asks this choice again.
            k = chooser.choose(ran ? ChoicePoint.PREEMPT : ChoicePoint.DISPATCH, others + 1, 0);
        } finally {
            offering = null;
        }
        t.choiceDue = false;
        if (k == 0) {
            return;
        }
        SimThread next = ready.nth(t.priority, k - 1);
        ready.remove(next);
        vacate(t, SwitchReason.CHOSEN);
        kernel.setState(t, ThreadState.READY, cpu.index);
        if (ran) {
            enqueueTail(t);
        } else {
            ready.addHead(t); // it has not run: it keeps its place
        }
        dispatch(cpu, next);
        next.choiceDue = false; // it runs at least one step before the next choice
    }

    /**
     * The running RR thread {@code t}'s slice has expired: it goes behind an equal-priority READY
     * thread, if any, with a fresh slice. Inside an atomic section it keeps running with its slice
     * expired; {@link Kernel#endAtomic} calls this again when the section ends.
     */
    void rotateExpired(SimThread t) {
        if (t.atomicDepth > 0) {
            t.sliceLeft = 0;
            return;
        }
        t.sliceLeft = timeslice;
        if (ready.first(t.priority) != null) {
            Cpu cpu = t.cpu;
            vacate(t, SwitchReason.SLICE_EXPIRED);
            kernel.setState(t, ThreadState.READY, cpu.index);
            enqueueTail(t);
        }
    }

    /** Restores the rule "the highest-priority READY threads run" after any change. */
    void reschedule() {
        for (Cpu cpu : cpus) {
            if (cpu.running == null) {
                SimThread next = ready.pollHighest();
                if (next == null) {
                    break;
                }
                dispatch(cpu, next);
            }
        }
        while (true) {
            int top = ready.highestPriority();
            if (top < 0) {
                break;
            }
            Cpu victim = lowestPriorityCpu();
            if (victim == null) {
                break;
            }
            SimThread old = victim.running;
            if (old.priority >= top) {
                break;
            }
            vacate(old, SwitchReason.PREEMPTED);
            kernel.setState(old, ThreadState.READY, victim.index);
            ready.addHead(old);
            dispatch(victim, ready.pollHighest());
        }
        for (Cpu cpu : cpus) {
            if (cpu.running == null && cpu.leaving != null) {
                kernel.emitSwitch(cpu.index, cpu.leaving.tid(), 0, cpu.leavingReason);
                cpu.leaving = null;
                cpu.leavingReason = SwitchReason.IDLE;
            }
        }
    }

    /**
     * The CPU running the lowest priority; among equals the highest-numbered (all CPUs busy).
     * A thread inside an atomic section is no victim; null when every CPU runs one.
     */
    private Cpu lowestPriorityCpu() {
        Cpu victim = null;
        for (Cpu cpu : cpus) {
            if (cpu.running.atomicDepth == 0 && (victim == null || cpu.running.priority <= victim.running.priority)) {
                victim = cpu;
            }
        }
        return victim;
    }

    private void dispatch(Cpu cpu, SimThread t) {
        if (cpu.leaving == null && cpus.length > 1) {
            catchUp(cpu);
        }
        cpu.running = t;
        t.cpu = cpu;
        t.choiceDue = choices;
        t.ranSinceDispatch = false;
        kernel.setState(t, ThreadState.RUNNING, cpu.index);
        contextSwitches++;
        kernel.emitSwitch(cpu.index, cpu.leaving == null ? 0 : cpu.leaving.tid(), t.tid(), cpu.leavingReason);
        cpu.leaving = null;
        cpu.leavingReason = SwitchReason.IDLE;
    }

    /** An idle CPU that wakes mid-tick starts level with the busy CPU furthest behind. */
    private void catchUp(Cpu woken) {
        int level = Integer.MAX_VALUE;
        for (Cpu cpu : cpus) {
            if (cpu.running != null && cpu.used < level) {
                level = cpu.used;
            }
        }
        if (level != Integer.MAX_VALUE && level > woken.used) {
            woken.used = level;
        }
    }
}
