package org.threadlab.kernel.event;

/**
 * One readable line per event, e.g. {@code #12 t=40 cpu0 thread 2 MUTEX -> READY}. The text
 * depends only on the event's fields, so equal event streams give byte-identical logs.
 */
public final class EventFormatter {
    private EventFormatter() {
    }

    public static String format(KernelEvent e) {
        String where = e.cpu() < 0 ? "    " : "cpu" + e.cpu();
        return "#" + e.seq() + " t=" + e.tick() + " " + where + " " + describe(e);
    }

    /** The event without its seq/tick/cpu prefix. */
    public static String describe(KernelEvent e) {
        if (e instanceof ThreadCreated c) {
            return "thread " + c.tid() + " created in process " + c.pid()
                    + (c.creator() == 0 ? "" : " by thread " + c.creator())
                    + " priority " + c.priority() + " " + c.policy() + " (" + c.name() + ")";
        } else if (e instanceof ThreadStateChanged s) {
            return "thread " + s.tid() + " " + s.from() + " -> " + s.to()
                    + (s.object().isEmpty() ? "" : " on " + s.object());
        } else if (e instanceof ContextSwitched s) {
            return "switch " + threadOrIdle(s.fromTid()) + " -> " + threadOrIdle(s.toTid())
                    + " (" + s.reason().text() + ")";
        } else if (e instanceof PriorityChanged p) {
            return "thread " + p.tid() + " priority " + p.from() + " -> " + p.to() + " (" + p.cause() + ")";
        } else if (e instanceof ThreadExited x) {
            return "thread " + x.tid() + " exited with " + x.value();
        } else if (e instanceof ProcessExited x) {
            return "process " + x.pid() + " exited with status " + x.status();
        } else if (e instanceof LockAcquired a) {
            return "thread " + a.tid() + " acquired " + a.object() + " (" + a.mode().text() + ")";
        } else if (e instanceof LockReleased r) {
            return "thread " + r.tid() + " released " + r.object() + " (" + r.mode().text() + ")";
        } else if (e instanceof Signalled s) {
            return (s.tid() == 0 ? "kernel" : "thread " + s.tid()) + " " + s.kind().text() + " on "
                    + s.object() + " woke " + s.woken();
        } else if (e instanceof PoolChanged p) {
            return p.pool() + " " + p.change().label() + " proc=" + p.processing() + " blk="
                    + p.blocking() + " total=" + p.total();
        }
        throw new AssertionError(e);
    }

    private static String threadOrIdle(int tid) {
        return tid == 0 ? "idle" : "thread " + tid;
    }
}
