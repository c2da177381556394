package org.threadlab.kernel;

/** One simulated CPU: the thread it runs and the instructions it has used in the current tick. */
public final class Cpu {
    final int index;
    SimThread running;
    /** Instructions executed in the current tick. */
    int used;
    /** The thread that last left this CPU and why, reported with the next context switch. */
    SimThread leaving;
    SwitchReason leavingReason = SwitchReason.IDLE;

    Cpu(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    /** The thread running here, or null when the CPU is idle. */
    public SimThread running() {
        return running;
    }
}
