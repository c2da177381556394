package org.threadlab.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A simulated process: a container of threads and one address space (seed 004's PCB). Fork,
 * spawn and wait arrive with the process issue; today a process is created by the kernel's
 * driver and ends when its last thread ends or when it exits.
 */
public final class SimProcess {
    private final int pid;
    private final String name;
    private final List<SimThread> threads = new ArrayList<>();
    private final AddressSpace addressSpace;
    int liveThreads;
    /** exit() has begun: its threads are being terminated and no new one may start. */
    boolean exiting;
    boolean exited;
    int exitStatus;
    /** Process-wide state owned by library code, such as the hidden sleepon mutex. */
    private Object sleepons;

    SimProcess(int pid, String name, AddressSpace addressSpace) {
        this.pid = pid;
        this.name = name;
        this.addressSpace = addressSpace;
    }

    /**
     * This process's copy, its address space copied through {@code c} (see {@link KernelCopy#copy});
     * its thread list is filled by {@link #copyThreads}, once the threads pointing here can be copied.
     */
    SimProcess copy(KernelCopy c) {
        if (sleepons != null) {
            throw new UnsupportedOperationException("QNX sleepons cannot be copied");
        }
        SimProcess n = new SimProcess(pid, name, c.addressSpace(addressSpace));
        n.liveThreads = liveThreads;
        n.exiting = exiting;
        n.exited = exited;
        n.exitStatus = exitStatus;
        return n;
    }

    /** Fills this copy's thread list with the copies of {@code from}'s threads. */
    void copyThreads(SimProcess from, KernelCopy c) {
        for (SimThread t : from.threads) {
            threads.add(c.thread(t));
        }
    }

    public int pid() {
        return pid;
    }

    public String name() {
        return name;
    }

    public AddressSpace addressSpace() {
        return addressSpace;
    }

    /** The process's threads not yet reaped, in creation order (dead joinable ones included). */
    public List<SimThread> threads() {
        return Collections.unmodifiableList(threads);
    }

    void addThread(SimThread t) {
        threads.add(t);
        liveThreads++;
    }

    void removeThread(SimThread t) {
        threads.remove(t);
    }

    public int liveThreads() {
        return liveThreads;
    }

    public boolean hasExited() {
        return exited;
    }

    /** True from the moment exit() begins, so cleanup code does not start threads in a dying process. */
    public boolean isExiting() {
        return exiting || exited;
    }

    public int exitStatus() {
        return exitStatus;
    }

    /** The process's sleepon table, created by the sleepon library on first use. */
    public Object sleepons() {
        return sleepons;
    }

    public void setSleepons(Object sleepons) {
        this.sleepons = sleepons;
    }
}
