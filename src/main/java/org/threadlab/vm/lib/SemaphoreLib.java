package org.threadlab.vm.lib;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.sync.Semaphore;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;

/**
 * semaphore.h: unnamed semaphores, a kernel semaphore per sem_t address (zeroed memory is a
 * semaphore holding 0 units). Results follow POSIX: 0, or -1 with errno set.
 */
final class SemaphoreLib {
    /** The result of a kernel call as sem_* returns it: 0, or -1 with errno set. */
    static final Completion ERRNO_RESULT = done -> {
        int r = done.self().result();
        if (r == 0) {
            return 0;
        }
        ThreadLib.setErrno(done, r);
        return -1;
    };

    private SemaphoreLib() {
    }

    static Semaphore semaphore(BuiltinCall c, long addr) {
        c.memory().writable(addr, 4);
        return LibState.of(c.machine()).semaphores.computeIfAbsent(addr,
                a -> Semaphore.create(c.kernel(), name(c, a), 0));
    }

    private static long fail(BuiltinCall c, int errno) {
        ThreadLib.setErrno(c, errno);
        return -1;
    }

    private static String name(BuiltinCall c, long addr) {
        return LibState.objectName(c.memory(), addr);
    }

    static void install(BuiltinRegistry r) {
        r.register("sem_init", c -> {
            c.memory().writable(c.arg(0), 4);
            long value = c.arg(2) & 0xFFFFFFFFL;
            if (value > Semaphore.VALUE_MAX) {
                return fail(c, Errno.EINVAL);
            }
            Semaphore s = Semaphore.create(c.kernel(), name(c, c.arg(0)), (int) value);
            LibState.of(c.machine()).semaphores.put(c.arg(0), s);
            return 0;
        });
        r.register("sem_destroy", c -> {
            LibState.of(c.machine()).semaphores.remove(c.arg(0));
            return 0;
        });
        r.register("sem_wait", c -> {
            semaphore(c, c.arg(0)).await(c.kernel(), c.self());
            return c.kernelCall(ERRNO_RESULT);
        });
        r.register("sem_trywait", c -> {
            semaphore(c, c.arg(0)).tryWait(c.kernel(), c.self());
            return c.kernelCall(ERRNO_RESULT);
        });
        r.register("sem_timedwait", c -> {
            Semaphore s = semaphore(c, c.arg(0));
            long ticks = SimClock.ticksUntil(c.kernel(), c.memory(), c.arg(1));
            if (ticks < 0) {
                return fail(c, Errno.EINVAL);
            }
            if (ticks == 0) {
                s.tryWait(c.kernel(), c.self());
                return c.kernelCall(done -> {
                    if (done.self().result() == 0) {
                        return 0;
                    }
                    ThreadLib.setErrno(done, Errno.ETIMEDOUT);
                    return -1;
                });
            }
            s.timedWait(c.kernel(), c.self(), ticks);
            return c.kernelCall(ERRNO_RESULT);
        });
        r.register("sem_post", c -> {
            semaphore(c, c.arg(0)).post(c.kernel(), c.self());
            return c.kernelCall(ERRNO_RESULT);
        });
        r.register("sem_getvalue", c -> {
            long out = c.arg(1);
            c.memory().writable(out, 4);
            semaphore(c, c.arg(0)).getValue(c.kernel(), c.self());
            return c.kernelCall(done -> {
                done.memory().store32(out, done.self().value());
                return 0;
            });
        });
    }
}
