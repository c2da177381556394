package org.threadlab.explore.strategy;

import java.util.HashMap;
import java.util.Map;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.StepListener;
import org.threadlab.kernel.ThreadState;
import org.threadlab.vm.interp.AccessListener;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinListener;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;

/**
 * Follows one execution of the stateful search at kernel calls for its sleep sets: the footprint
 * of each <em>transition</em>, what happens between two scheduling choices (the shared accesses,
 * and the objects of the kernel calls, {@link BuiltinFootprints}, as {@link Dpor} sees them), and
 * whether it was <em>clean</em>: only the chosen thread ran, it can still run at the next choice,
 * and the READY order decides nothing at both ends. Only a clean transition may sleep: it is
 * then the same step, with the same effect, in every state an independent transition leads to.
 *
 * <p>A call that blocks finishes in a later step of its thread; as in {@link DporRun}, a global
 * call or a join carries its footprint to that step, other calls' effects are the waker's.
 */
final class Transitions {
    private final Machine machine;
    private final Kernel kernel;
    private final BuiltinFootprints builtins;
    private final SimThread mainThread;
    /** By thread: the footprint of a global call or join still to finish (see the class comment). */
    private final Map<Integer, Footprint> carried = new HashMap<>();
    private Footprint footprint = new Footprint();
    private Footprint step = new Footprint();
    private boolean stepBuiltin;
    private boolean stepJoin;
    private int tid = -1;
    private boolean clean;

    Transitions(Machine machine) {
        this.machine = machine;
        this.kernel = machine.kernel();
        this.mainThread = kernel.threads().get(0);
        this.builtins = new BuiltinFootprints(mainThread);
        machine.setAccessListener(AccessListener.chain(machine.accessListener(), this::access));
        machine.setBuiltinListener(BuiltinListener.chain(machine.builtinListener(), this::builtin));
        kernel.setStepListener(StepListener.chain(kernel.stepListener(), this::step));
    }

    /** A scheduling choice put {@code thread} on the CPU: its transition starts. */
    void start(SimThread thread) {
        tid = thread.tid();
        footprint = new Footprint();
        clean = kernel.readyOrderIrrelevant();
    }

    /** The transition under way, ended at a scheduling choice: its footprint, or null when it is not clean. */
    Footprint end() {
        if (tid < 0) {
            return null;
        }
        boolean runnable = false;
        for (SimThread t : kernel.threads()) {
            if (t.tid() == tid) {
                runnable = t.state() == ThreadState.READY || t.state() == ThreadState.RUNNING;
            }
        }
        Footprint f = clean && runnable && kernel.readyOrderIrrelevant() ? footprint : null;
        tid = -1;
        return f;
    }

    private void access(VmThread thread, long address, int bytes, boolean write) {
        step.add(address, bytes, write);
    }

    private void builtin(VmThread thread, String name, BuiltinCall call) {
        stepBuiltin = true;
        stepJoin |= name.equals("pthread_join");
        builtins.add(name, call, step, mainThread.isAlive());
    }

    private void step(SimThread thread, int instructions, StepEnd end) {
        int t = thread.tid();
        Footprint completion = carried.remove(t); // its last call finished first in this step
        if (end == StepEnd.KERNEL_CALL && !stepBuiltin) {
            step.makeGlobal(); // a kernel call no builtin reported (returning from main)
        }
        if (tid >= 0) {
            if (t != tid) {
                clean = false;
            }
            if (completion != null) {
                footprint.addAll(completion);
            }
            footprint.addAll(step);
        }
        VmThread vm = machine.thread(t);
        if (end == StepEnd.KERNEL_CALL && (step.isGlobal() || stepJoin) && vm != null && vm.completionPending()) {
            carried.put(t, step);
        }
        step = new Footprint();
        stepBuiltin = false;
        stepJoin = false;
    }
}
