package org.threadlab.vm.lib;

import java.util.List;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.SimThread;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.Builtin;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.mem.AddressSpace;

/**
 * Thread cancellation (POSIX): pthread_cancel, the cancel state and type, pthread_testcancel, and
 * the cleanup handlers of pthread_cleanup_push/pop (macros in pthread.h that keep the routine
 * and argument in the caller's block and tell the library here).
 *
 * <p>A cancellation is acted on ({@link ThreadExitLib#exit} with PTHREAD_CANCELED: cleanup
 * handlers, key destructors, then the thread ends and a joiner sees PTHREAD_CANCELED) while it is
 * pending and enabled:
 * <ul>
 *   <li>deferred (the default): when the thread enters a cancellation point, or when it is
 *       blocked in one and pthread_cancel ends the wait (Kernel.cancelWait). A condition wait
 *       gets its mutex back first, so its cleanup handlers run holding it. A wait that ended
 *       otherwise (a post, a signal) completes normally, and the cancellation waits for the next
 *       cancellation point: a cancelled thread never consumes a unit or a signal.</li>
 *   <li>asynchronous: at once when the thread cancels itself or enables it with a request
 *       pending, else at the start of the target's next step, between two of its instructions
 *       (VmThread.callAtNextStep; a step's thread-local instructions are invisible to others).</li>
 * </ul>
 * The cancellation points are those of POSIX's list the library has ({@link #POINTS}): each is
 * wrapped to check on entry and to act when a cancelled wait resumes.
 */
final class CancelLib {
    static final int PTHREAD_CANCEL_ENABLE = 0;
    static final int PTHREAD_CANCEL_DISABLE = 1;
    static final int PTHREAD_CANCEL_DEFERRED = 0;
    static final int PTHREAD_CANCEL_ASYNCHRONOUS = 1;
    static final long PTHREAD_CANCELED = -1;
    /** More cleanup handlers than this on one thread is a fault (a push without its pop, longjmp'd past). */
    static final int CLEANUP_MAX = 1 << 16;
    /** The C function in pthread.h an asynchronous cancellation makes its target call. */
    static final String ASYNC_CANCEL = "__threadlab_cancel_async";

    /**
     * POSIX's required cancellation points, of those the library may provide, and QNX's delay
     * (which sleeps as nanosleep does). A name the library lacks is skipped.
     */
    static final List<String> POINTS = List.of("pthread_join", "pthread_cond_wait", "pthread_cond_timedwait",
            "sem_wait", "sem_timedwait", "sleep", "usleep", "nanosleep", "clock_nanosleep", "delay",
            "read", "write", "readv", "writev", "pread", "pwrite", "open", "openat", "creat", "close", "fsync",
            "fdatasync", "pause", "poll", "select", "pselect", "sigsuspend", "sigwait", "sigwaitinfo", "sigtimedwait",
            "wait", "waitpid", "waitid", "system", "tcdrain", "accept", "connect", "recv", "recvfrom", "recvmsg",
            "send", "sendto", "sendmsg", "msgrcv", "msgsnd", "mq_receive", "mq_send", "mq_timedreceive",
            "mq_timedsend", "lockf", "msync", "aio_suspend");

    private CancelLib() {
    }

    /** Registers the cancellation functions; call last, since it wraps the other libraries' cancellation points. */
    static void install(BuiltinRegistry r) {
        r.register("pthread_cancel", CancelLib::cancel);
        r.register("pthread_testcancel",
                c -> ThreadLib.of(c.thread()).cancelDue() ? ThreadExitLib.exit(c, PTHREAD_CANCELED) : 0);
        r.register("pthread_setcancelstate", c -> {
            ThreadLib t = ThreadLib.of(c.thread());
            if (c.arg(0) != PTHREAD_CANCEL_ENABLE && c.arg(0) != PTHREAD_CANCEL_DISABLE) {
                return Errno.EINVAL;
            }
            storeOld(c, c.arg(1), t.cancelDisabled ? PTHREAD_CANCEL_DISABLE : PTHREAD_CANCEL_ENABLE);
            t.cancelDisabled = c.arg(0) == PTHREAD_CANCEL_DISABLE;
            return t.cancelAsynchronous && t.cancelDue() ? ThreadExitLib.exit(c, PTHREAD_CANCELED) : 0;
        });
        r.register("pthread_setcanceltype", c -> {
            ThreadLib t = ThreadLib.of(c.thread());
            if (c.arg(0) != PTHREAD_CANCEL_DEFERRED && c.arg(0) != PTHREAD_CANCEL_ASYNCHRONOUS) {
                return Errno.EINVAL;
            }
            storeOld(c, c.arg(1), t.cancelAsynchronous ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED);
            t.cancelAsynchronous = c.arg(0) == PTHREAD_CANCEL_ASYNCHRONOUS;
            return t.cancelAsynchronous && t.cancelDue() ? ThreadExitLib.exit(c, PTHREAD_CANCELED) : 0;
        });
        r.register("__threadlab_cleanup_push", c -> {
            ThreadLib t = ThreadLib.of(c.thread());
            if (AddressSpace.segmentOf(c.arg(0)) != AddressSpace.CODE_SEGMENT) {
                throw c.fault(FaultKind.INVALID_FUNCTION_POINTER, "pthread_cleanup_push with an invalid function pointer");
            }
            if (t.cleanup.size() >= CLEANUP_MAX) {
                throw c.fault(FaultKind.LIBRARY, "more than " + CLEANUP_MAX + " cleanup handlers pushed"
                        + " (a pthread_cleanup_push left by longjmp or goto?)");
            }
            t.cleanup.push(new long[] {c.arg(0), c.arg(1)});
            return 0;
        });
        r.register("__threadlab_cleanup_pop", c -> {
            ThreadLib.of(c.thread()).cleanup.poll();
            return 0;
        });
        for (String name : POINTS) {
            r.wrap(name, CancelLib::cancellationPoint);
        }
    }

    private static void storeOld(BuiltinCall c, long out, long value) {
        if (out != 0) {
            c.memory().store32(out, value);
        }
    }

    /** {@code inner} as a cancellation point. */
    static Builtin cancellationPoint(Builtin inner) {
        return c -> {
            ThreadLib t = ThreadLib.of(c.thread());
            if (t.cancelDue()) {
                return ThreadExitLib.exit(c, PTHREAD_CANCELED);
            }
            long result = inner.call(c);
            Completion done = c.completion();
            if (done == null) {
                return result;
            }
            t.atCancellationPoint = true;
            return c.kernelCall(resumed -> {
                ThreadLib self = ThreadLib.of(resumed.thread()); // not t: a snapshot's copy resumes with its own
                self.atCancellationPoint = false;
                if (self.cancelInterrupted) {
                    self.cancelInterrupted = false;
                    return ThreadExitLib.exit(resumed, PTHREAD_CANCELED);
                }
                return done.complete(resumed);
            });
        };
    }

    private static long cancel(BuiltinCall c) {
        SimThread target = PthreadLib.thread(c, c.arg(0));
        if (target == null) {
            return Errno.ESRCH;
        }
        VmThread vm = c.machine().thread(target.tid());
        if (vm == null || !target.isAlive()) {
            return 0; // it has ended: nothing to cancel (glibc returns 0 too)
        }
        ThreadLib t = ThreadLib.of(vm);
        t.cancelPending = true;
        if (!t.cancelDue()) {
            return 0;
        }
        if (target == c.self()) {
            return t.cancelAsynchronous ? ThreadExitLib.exit(c, PTHREAD_CANCELED) : 0;
        }
        if (t.atCancellationPoint && c.kernel().cancelWait(target, Errno.EINTR)) {
            t.cancelInterrupted = true;
        } else if (t.cancelAsynchronous) {
            int f = c.machine().program().functionIndex(ASYNC_CANCEL);
            if (f >= 0) { // without pthread.h's helper the cancellation stays pending, as a deferred one
                vm.callAtNextStep(Machine.functionAddress(f));
            }
        }
        return 0;
    }
}
