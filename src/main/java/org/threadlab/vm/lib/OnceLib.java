package org.threadlab.vm.lib;

import java.util.Map;

import org.threadlab.kernel.sync.Semaphore;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.MachineCopy;

/**
 * pthread_once's two halves. pthread.h defines pthread_once in C, as
 * {@code if (__threadlab_once_begin(o) == 1) { init(); __threadlab_once_end(o); }} in a loop
 * that repeats while begin returns 2. The pthread_once_t holds 0 (not run), 1 (running) or 2
 * (done). A thread that arrives while another runs the routine blocks on a kernel semaphore of
 * that address until the routine has returned; end wakes one waiter, and each woken waiter wakes
 * the next when it calls begin again, so every caller returns only after the routine finished.
 */
final class OnceLib {
    static final int NOT_RUN = 0;
    static final int RUNNING = 1;
    static final int DONE = 2;

    /** Waiting threads and their semaphore, per pthread_once_t address. */
    private static final class Waiters {
        Semaphore semaphore;
        int count;
    }

    private OnceLib() {
    }

    /** A copy of the waiters {@code w} of one pthread_once_t (the explorer's snapshots). */
    static Object copyWaiters(Object w, MachineCopy c) {
        Waiters from = (Waiters) w;
        Waiters n = new Waiters();
        n.semaphore = c.object(from.semaphore);
        n.count = from.count;
        return n;
    }

    private static Waiters waiters(BuiltinCall c, long once) {
        Map<Long, Object> table = LibState.of(c.machine()).onceWaiters;
        return (Waiters) table.computeIfAbsent(once, a -> new Waiters());
    }

    static void install(BuiltinRegistry r) {
        r.register("__threadlab_once_begin", c -> {
            long once = c.arg(0);
            c.kernel().synchronizedOn(c.self(), once); // a caller that finds it done sees what init wrote
            long state = c.memory().loadI32(once);
            if (state == NOT_RUN) {
                c.memory().store32(once, RUNNING);
                return 1;
            }
            Waiters w = waiters(c, once);
            if (state == RUNNING) {
                if (w.semaphore == null) {
                    String name = LibState.objectName(c.memory(), once);
                    w.semaphore = Semaphore.create(c.kernel(), name == null ? null : "once " + name, 0);
                }
                w.count++;
                w.semaphore.await(c.kernel(), c.self());
                return c.kernelCall(done -> 2); // look again
            }
            return wakeOne(c, w);
        });
        r.register("__threadlab_once_end", c -> {
            c.kernel().synchronizedOn(c.self(), c.arg(0));
            c.memory().store32(c.arg(0), DONE);
            return wakeOne(c, waiters(c, c.arg(0)));
        });
    }

    /** Hands the semaphore to one waiter, if any; returns 0 (done). */
    private static long wakeOne(BuiltinCall c, Waiters w) {
        if (w.count == 0) {
            return 0;
        }
        w.count--;
        w.semaphore.post(c.kernel(), c.self());
        return c.kernelCall(done -> 0);
    }
}
