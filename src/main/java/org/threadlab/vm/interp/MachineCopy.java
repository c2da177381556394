package org.threadlab.vm.interp;

import java.util.Arrays;

import org.threadlab.kernel.AddressSpace;
import org.threadlab.kernel.KernelCopy;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadBody;

/**
 * One copy of a machine in progress ({@link Machine#copy}): the machine being made and the
 * kernel copy that maps every old thread and kernel object to its copy, for the library state
 * to point its copies at the same ones.
 */
public final class MachineCopy {
    private final Machine from;
    private final Machine to;
    private final KernelCopy kernel;
    /** The copied thread bodies by tid (a tid names one thread for the whole run). */
    private VmThread[] bodies = new VmThread[8];

    MachineCopy(Machine from, Machine to) {
        this.from = from;
        this.to = to;
        this.kernel = new KernelCopy(this::body, this::space);
    }

    /** The machine being made; its kernel and memory exist, its library state does not yet. */
    public Machine machine() {
        return to;
    }

    KernelCopy kernel() {
        return kernel;
    }

    /** The copy of {@code t}; null for null. */
    public SimThread thread(SimThread t) {
        return kernel.thread(t);
    }

    /** The copy of {@code o}; null for null. */
    public <T extends KernelObject> T object(T o) {
        return kernel.object(o);
    }

    /** The copy of {@code t}, one of the old machine's threads: made with its kernel thread's copy. */
    VmThread vmThread(VmThread t) {
        kernel.thread(t.simThread()); // copying the kernel thread copies its body
        return bodies[t.tid()];
    }

    private ThreadBody body(ThreadBody b) {
        if (!(b instanceof VmThread v)) {
            throw new UnsupportedOperationException("a thread a kernel object made for itself cannot be copied");
        }
        VmThread n = new VmThread(v, to, kernel.thread(v.simThread()));
        if (v.tid() >= bodies.length) {
            bodies = Arrays.copyOf(bodies, Math.max(v.tid() + 1, bodies.length * 2));
        }
        bodies[v.tid()] = n;
        return n;
    }

    private AddressSpace space(AddressSpace a) {
        if (a != from.memory()) {
            throw new UnsupportedOperationException("a second address space cannot be copied");
        }
        return to.memory();
    }
}
