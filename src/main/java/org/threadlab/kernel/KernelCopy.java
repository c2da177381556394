package org.threadlab.kernel;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.threadlab.kernel.choice.Chooser;

/**
 * One copy of a kernel in progress, for the explorer's snapshots: the new kernel and, for every
 * thread, process and kernel object copied so far, its copy (found by kernel object id and pid),
 * so that what the old state shared the new one shares too (a mutex's owner is the same copied
 * thread the READY queue holds).
 *
 * <p>Thread bodies and address spaces belong to the VM, which copies them through the functions
 * it passes in.
 */
public final class KernelCopy {
    private final UnaryOperator<ThreadBody> bodies;
    private final UnaryOperator<AddressSpace> spaces;
    /** By kernel object id (ids are unique within a kernel): each object copied so far and its copy. */
    private KernelObject[] originals = new KernelObject[16];
    private KernelObject[] copies = new KernelObject[16];
    /** By pid, the same for processes. */
    private SimProcess[] processes = new SimProcess[2];
    private Kernel kernel;

    /** A copy whose thread bodies and address spaces {@code bodies} and {@code spaces} copy. */
    public KernelCopy(UnaryOperator<ThreadBody> bodies, UnaryOperator<AddressSpace> spaces) {
        this.bodies = bodies;
        this.spaces = spaces;
    }

    /**
     * A kernel in {@code from}'s state whose choices go to {@code chooser}; the two then run
     * independently. Call it at the start of a step or while a PREEMPT or DISPATCH choice is
     * asked (stepping the copy asks that choice again). Listeners and the event sink are not
     * copied. Throws UnsupportedOperationException for state that cannot be copied (thread
     * pools, sleepons).
     */
    public Kernel copy(Kernel from, Chooser chooser) {
        if (kernel != null) {
            throw new IllegalStateException("a KernelCopy makes one kernel");
        }
        return new Kernel(from, chooser, this);
    }

    /** The kernel being made. */
    public Kernel kernel() {
        return kernel;
    }

    /** Starts copying into {@code kernel}, whose object ids are below {@code ids}. */
    void setKernel(Kernel kernel, int ids) {
        this.kernel = kernel;
        if (ids > originals.length) {
            originals = new KernelObject[ids];
            copies = new KernelObject[ids];
        }
    }

    /** The copy of {@code t}, made on first request; null for null. */
    public SimThread thread(SimThread t) {
        return object(t);
    }

    /**
     * The copy of {@code o}, made on first request by {@link KernelObject#copy}, its wait queue
     * with it; null for null.
     */
    @SuppressWarnings("unchecked")
    public <T extends KernelObject> T object(T o) {
        if (o == null) {
            return null;
        }
        int id = o.id();
        if (id < originals.length && originals[id] == o) {
            return (T) copies[id];
        }
        KernelObject c = o.copy(this);
        if (c == null || c.getClass() != o.getClass() || id >= originals.length || copies[id] != c) {
            throw new IllegalStateException(o.getClass().getSimpleName() + ".copy did not register its copy first");
        }
        o.waiters.copyInto(c.waiters, this);
        return (T) c;
    }

    /**
     * Registers {@code copy} as the copy of {@code original}. A {@link KernelObject#copy} calls
     * it before it copies the objects its fields point to, which may point back.
     */
    public <T extends KernelObject> T register(T original, T copy) {
        int id = original.id();
        if (id >= originals.length) {
            int n = Math.max(id + 1, originals.length * 2);
            originals = Arrays.copyOf(originals, n);
            copies = Arrays.copyOf(copies, n);
        }
        if (originals[id] != null) {
            throw new IllegalStateException("two kernel objects share id " + id);
        }
        originals[id] = original;
        copies[id] = copy;
        return copy;
    }

    /** The copy of {@code p}; null for null. */
    public SimProcess process(SimProcess p) {
        if (p == null) {
            return null;
        }
        int pid = p.pid();
        if (pid < processes.length && processes[pid] != null) {
            return processes[pid];
        }
        if (pid >= processes.length) {
            processes = Arrays.copyOf(processes, Math.max(pid + 1, processes.length * 2));
        }
        processes[pid] = p.copy(this);
        return processes[pid];
    }

    Cpu cpu(Cpu c) {
        return c == null ? null : kernel.scheduler().cpus()[c.index];
    }

    ThreadBody body(ThreadBody b) {
        return b == null ? null : bodies.apply(b);
    }

    AddressSpace addressSpace(AddressSpace a) {
        return a == null ? null : spaces.apply(a);
    }
}
