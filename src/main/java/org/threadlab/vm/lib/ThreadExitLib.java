package org.threadlab.vm.lib;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;

/**
 * How a thread ends: pthread_exit, returning from its start routine (the machine calls
 * pthread_exit then) and acting on a cancellation (pthread_exit(PTHREAD_CANCELED)). The thread
 * first runs its cleanup handlers, innermost first, then its key destructors ({@link KeyLib}),
 * then ends; if it was the process's last thread and atexit handlers are registered, it calls
 * exit(0) instead, as glibc does. The handlers are C functions, so the loop is C in pthread.h:
 *
 * <pre>
 * static void __threadlab_thread_exit(void) {
 *     while ((f = __threadlab_exit_next(&amp;arg)) != 0) f(arg);
 *     __threadlab_exit_end();
 * }
 * </pre>
 *
 * pthread_exit calls back into it only when there is something to run, so a thread with neither
 * handlers nor values ends at once. A program that sets key values without including pthread.h
 * (which defines the loop) faults at its exit.
 */
final class ThreadExitLib {
    /** The C loop in pthread.h. */
    static final String UNWINDER = "__threadlab_thread_exit";

    private ThreadExitLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("pthread_exit", c -> exit(c, c.arg(0)));
        r.register("__threadlab_exit_next", ThreadExitLib::next);
        r.register("__threadlab_exit_end", ThreadExitLib::end);
    }

    /** Ends the calling thread with {@code value}, running its handlers and destructors first. */
    static long exit(BuiltinCall c, long value) {
        ThreadLib t = ThreadLib.of(c.thread());
        t.exiting = true;
        t.exitValue = value;
        if (t.cleanup.isEmpty() && !KeyLib.hasValues(t)) {
            return end(c);
        }
        int unwinder = c.machine().program().functionIndex(UNWINDER);
        if (unwinder < 0) {
            throw c.fault(FaultKind.LIBRARY, "the thread has thread-specific data to destroy, which needs #include <pthread.h>");
        }
        return c.tailCall(Machine.functionAddress(unwinder));
    }

    /** The next handler or destructor to call: returns the function and stores its argument. */
    private static long next(BuiltinCall c) {
        ThreadLib t = ThreadLib.of(c.thread());
        long out = c.arg(0);
        c.memory().writable(out, 8);
        long[] call;
        if (!t.cleanup.isEmpty()) {
            call = t.cleanup.pop();
        } else {
            if (!t.destructorsBegun) {
                t.destructorsBegun = true;
                KeyLib.beginDestructors(t);
            }
            call = KeyLib.nextDestructor(LibState.of(c.machine()).keys, t);
        }
        if (call == null) {
            return 0;
        }
        c.memory().store64(out, call[1]);
        return call[0];
    }

    /** The thread ends with its exit value, or, the last thread of the process, calls exit(0). */
    private static long end(BuiltinCall c) {
        if (c.self().process().liveThreads() == 1 && ExitLib.hasHandlers(c)) {
            return ExitLib.exit(c, 0);
        }
        c.thread().exitThread(c.kernel(), ThreadLib.of(c.thread()).exitValue);
        return 0;
    }
}
