package org.threadlab.kernel.pool;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.event.SignalKind;

/**
 * Where requests arrive for the threads of a pool: the blocking operation of the Java
 * workloads, as a server's channel is for MsgReceive. A request is a {@code long}. A delivered
 * request goes straight to the best thread blocked in {@link #receive} (priority, then longest
 * wait), which becomes READY with it; with no receiver it waits in an unbounded FIFO, and the
 * next receive takes it at once. The FIFO is a growable ring of longs: no allocation per request.
 */
public final class RequestChannel extends KernelObject {
    private long[] ring = new long[16];
    private int head;
    private int size;

    private RequestChannel(int id, String name) {
        super(id, name);
    }

    /** An empty channel; {@code name} null gives "channel#id". */
    public static RequestChannel create(Kernel kernel, String name) {
        int id = kernel.newObjectId();
        return new RequestChannel(id, name == null ? "channel#" + id : name);
    }

    /**
     * Takes the oldest queued request at once, else blocks in RECEIVE until one is delivered.
     * value() is the request; the result is EOK (EINTR if the pool's unblock_func woke the caller).
     */
    public void receive(Kernel kernel, SimThread self) {
        if (size > 0) {
            long request = ring[head];
            head = (head + 1) & (ring.length - 1);
            size--;
            self.complete(Errno.EOK, request);
        } else {
            self.complete(Errno.EOK, 0);
            kernel.block(self, ThreadState.RECEIVE, this);
        }
    }

    /**
     * A request arrives (from the driver or a thread standing for the clients; it sets no caller
     * outcome): handed to the best receiver, which becomes READY, or queued. True if handed over.
     */
    public boolean deliver(Kernel kernel, long request) {
        SimThread receiver = waiters().first();
        if (receiver != null) {
            kernel.emitSignalled(null, this, SignalKind.SIGNAL, 1);
            receiver.complete(Errno.EOK, request);
            kernel.wake(receiver, Errno.EOK);
            return true;
        }
        if (size == ring.length) {
            grow();
        }
        ring[(head + size) & (ring.length - 1)] = request;
        size++;
        return false;
    }

    /** Requests waiting for a thread (0 whenever a thread is blocked in receive). */
    public int queued() {
        return size;
    }

    /** Doubles the ring, unwrapping it so the oldest request is at index 0. */
    private void grow() {
        long[] bigger = new long[ring.length * 2];
        int firstPart = ring.length - head;
        System.arraycopy(ring, head, bigger, 0, firstPart);
        System.arraycopy(ring, 0, bigger, firstPart, head);
        ring = bigger;
        head = 0;
    }
}
