package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable picture of the kernel between two steps: the clock, what each CPU runs, and every
 * thread with its state, priority and the object it waits on (with that object's holders).
 */
public record KernelSnapshot(long tick, long instructions, long contextSwitches, List<Integer> cpus,
                             List<ThreadView> threads) {

    /** One thread; {@code waitingOn} is empty unless blocked, {@code heldBy} lists holder tids. */
    public record ThreadView(int tid, int pid, String label, ThreadState state, int priority,
                             int basePriority, Policy policy, String waitingOn, List<Integer> heldBy,
                             long instructions) {
    }

    public static KernelSnapshot of(Kernel kernel) {
        List<Integer> cpus = new ArrayList<>();
        for (Cpu cpu : kernel.cpus()) {
            cpus.add(cpu.running() == null ? 0 : cpu.running().tid());
        }
        List<ThreadView> views = new ArrayList<>();
        for (SimThread t : kernel.threads()) {
            List<Integer> heldBy = new ArrayList<>();
            for (SimThread h : WaitForGraph.waitsFor(t)) {
                heldBy.add(h.tid());
            }
            views.add(new ThreadView(t.tid(), t.process().pid(), t.label(), t.state(), t.priority(),
                    t.basePriority(), t.policy(), t.waitingOn() == null ? "" : t.waitingOn().name(),
                    List.copyOf(heldBy), t.instructions()));
        }
        return new KernelSnapshot(kernel.tick(), kernel.instructions(), kernel.contextSwitches(),
                List.copyOf(cpus), List.copyOf(views));
    }
}
