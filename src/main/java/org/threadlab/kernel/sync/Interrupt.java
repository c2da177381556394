package org.threadlab.kernel.sync;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.SignalKind;

/**
 * A simulated hardware interrupt (seed 003's INTR state: "waiting for an interrupt from the
 * hardware", as with InterruptWait()). The driver, standing for the device, raises it; a raise
 * wakes the best waiting thread (priority, then longest wait) or, with no waiter, stays pending
 * and is consumed by the next {@link #await}. Raises are counted, never merged.
 */
public final class Interrupt extends KernelObject {
    /** Raises no thread has consumed yet. */
    private long pending;

    private Interrupt(int id, String name) {
        super(id, name);
    }

    /** A new interrupt with nothing pending; {@code name} null gives "interrupt#id". */
    public static Interrupt create(Kernel kernel, String name) {
        int id = kernel.newObjectId();
        return new Interrupt(id, name == null ? "interrupt#" + id : name);
    }

    /**
     * InterruptWait: consumes a pending raise and returns at once, else blocks in INTR until a
     * raise wakes the caller. The call returns EOK.
     */
    public void await(Kernel kernel, SimThread self) {
        self.complete(Errno.EOK, 0);
        if (pending > 0) {
            pending--;
        } else {
            kernel.block(self, ThreadState.INTR, this);
        }
    }

    /**
     * The hardware raises the interrupt (a call of the driver or of a thread standing for the
     * device; it sets no caller outcome): the best waiter becomes READY, or the raise stays pending.
     */
    public void raise(Kernel kernel) {
        SimThread best = waiters().first();
        kernel.emitSignalled(null, this, SignalKind.INTERRUPT, best == null ? 0 : 1);
        if (best != null) {
            kernel.wake(best, Errno.EOK);
        } else {
            pending++;
        }
    }

    /** Raises waiting to be consumed by an {@link #await}. */
    public long pending() {
        return pending;
    }
}
