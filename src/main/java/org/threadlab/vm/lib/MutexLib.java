package org.threadlab.vm.lib;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.sync.Condvar;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.kernel.sync.MutexKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;

/**
 * pthread.h's mutexes, mutex attributes and condition variables. A pthread_mutex_t or
 * pthread_cond_t becomes a kernel object on first use, keyed by its address (zeroed memory is a
 * default object; a mutex whose first int is 1 or 2 at first use is recursive or error-checking,
 * which is how PTHREAD_RMUTEX_INITIALIZER and PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP work);
 * *_init creates it with the attributes given. pthread_mutexattr_t's layout:
 * int type @0 (PTHREAD_MUTEX_NORMAL 0, RECURSIVE 1, ERRORCHECK 2), int protocol + 1 @4 (0: not
 * set, the kernel configuration's inheritance default). pthread_condattr_t holds the clock id
 * (pthread_condattr_setclock: CLOCK_REALTIME, the default, or CLOCK_MONOTONIC).
 */
final class MutexLib {
    static final int PTHREAD_MUTEX_NORMAL = 0;
    static final int PTHREAD_MUTEX_RECURSIVE = 1;
    static final int PTHREAD_MUTEX_ERRORCHECK = 2;
    static final int PTHREAD_PRIO_NONE = 0;
    static final int PTHREAD_PRIO_INHERIT = 1;
    static final int PTHREAD_PRIO_PROTECT = 2;

    private MutexLib() {
    }

    /** The kernel mutex of the pthread_mutex_t at {@code addr}, created as a default one on first use. */
    static Mutex mutex(BuiltinCall c, long addr) {
        c.memory().writable(addr, 4);
        return LibState.of(c.machine()).mutexes.computeIfAbsent(addr, a -> Mutex.create(c.kernel(),
                name(c, a), kindOf(c.memory().loadI32(a)), c.kernel().config().priorityInheritance()));
    }

    static Condvar condvar(BuiltinCall c, long addr) {
        c.memory().writable(addr, 4);
        return LibState.of(c.machine()).condvars.computeIfAbsent(addr, a -> Condvar.create(c.kernel(), name(c, a)));
    }

    private static String name(BuiltinCall c, long addr) {
        return LibState.objectName(c.memory(), addr);
    }

    static void install(BuiltinRegistry r) {
        r.register("pthread_mutex_init", MutexLib::init);
        r.register("pthread_mutex_destroy", c -> {
            Mutex m = LibState.of(c.machine()).mutexes.get(c.arg(0));
            if (m != null && m.owner() != null) {
                return Errno.EBUSY;
            }
            LibState.of(c.machine()).mutexes.remove(c.arg(0));
            return 0;
        });
        r.register("pthread_mutex_lock", c -> {
            mutex(c, c.arg(0)).lock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_mutex_trylock", c -> {
            mutex(c, c.arg(0)).tryLock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_mutex_timedlock", c -> {
            Mutex m = mutex(c, c.arg(0));
            long ticks = SimClock.ticksUntil(c.kernel(), c.memory(), c.arg(1));
            if (ticks < 0) {
                return Errno.EINVAL;
            }
            if (ticks == 0) { // deadline passed: take it only if free
                m.tryLock(c.kernel(), c.self());
                return c.kernelCall(done -> done.self().result() == Errno.EBUSY ? Errno.ETIMEDOUT
                        : done.self().result());
            }
            m.timedLock(c.kernel(), c.self(), ticks);
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_mutex_unlock", c -> {
            mutex(c, c.arg(0)).unlock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_mutexattr_init", c -> {
            c.memory().fill(c.arg(0), 0, 8);
            return 0;
        });
        r.register("pthread_mutexattr_destroy", c -> 0);
        r.register("pthread_mutexattr_settype", c -> {
            if (c.arg(1) < 0 || c.arg(1) > 3) {
                return Errno.EINVAL;
            }
            c.memory().store32(c.arg(0), c.arg(1) == 3 ? PTHREAD_MUTEX_NORMAL : c.arg(1));
            return 0;
        });
        r.register("pthread_mutexattr_gettype", c -> {
            c.memory().store32(c.arg(1), c.memory().loadI32(c.arg(0)));
            return 0;
        });
        r.register("pthread_mutexattr_setprotocol", c -> {
            if (c.arg(1) == PTHREAD_PRIO_PROTECT) {
                return PthreadLib.ENOTSUP; // priority ceilings are not modelled
            }
            if (c.arg(1) < 0 || c.arg(1) > PTHREAD_PRIO_PROTECT) {
                return Errno.EINVAL;
            }
            c.memory().store32(c.arg(0) + 4, c.arg(1) + 1);
            return 0;
        });
        r.register("pthread_mutexattr_getprotocol", c -> {
            long p = c.memory().loadI32(c.arg(0) + 4);
            c.memory().store32(c.arg(1), p == 0 ? defaultProtocol(c) : p - 1);
            return 0;
        });
        r.register("pthread_mutexattr_setpshared", c -> 0);
        r.register("pthread_cond_init", c -> {
            c.memory().writable(c.arg(0), 4);
            long clock = c.arg(1) == 0 ? SimClock.CLOCK_REALTIME : c.memory().loadI32(c.arg(1));
            if (clock == SimClock.CLOCK_MONOTONIC) {
                LibState.of(c.machine()).monotonicCondvars.add(c.arg(0));
            } else {
                LibState.of(c.machine()).monotonicCondvars.remove(c.arg(0));
            }
            LibState.of(c.machine()).condvars.put(c.arg(0), Condvar.create(c.kernel(), name(c, c.arg(0))));
            return 0;
        });
        r.register("pthread_cond_destroy", c -> {
            LibState.of(c.machine()).condvars.remove(c.arg(0));
            return 0;
        });
        r.register("pthread_cond_wait", c -> {
            condvar(c, c.arg(0)).await(c.kernel(), c.self(), mutex(c, c.arg(1)));
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_cond_timedwait", c -> {
            Condvar cv = condvar(c, c.arg(0));
            Mutex m = mutex(c, c.arg(1));
            boolean monotonic = LibState.of(c.machine()).monotonicCondvars.contains(c.arg(0));
            long ticks = SimClock.ticksUntil(c.kernel(), c.memory(), c.arg(2), monotonic);
            if (ticks < 0) {
                return Errno.EINVAL;
            }
            if (ticks == 0) {
                return m.owner() == c.self() ? Errno.ETIMEDOUT : Errno.EPERM;
            }
            cv.timedWait(c.kernel(), c.self(), m, ticks);
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_cond_signal", c -> {
            condvar(c, c.arg(0)).signal(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_cond_broadcast", c -> {
            condvar(c, c.arg(0)).broadcast(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_condattr_init", c -> {
            c.memory().store32(c.arg(0), SimClock.CLOCK_REALTIME);
            return 0;
        });
        r.register("pthread_condattr_setclock", c -> {
            if (c.arg(1) != SimClock.CLOCK_REALTIME && c.arg(1) != SimClock.CLOCK_MONOTONIC) {
                return Errno.EINVAL;
            }
            c.memory().store32(c.arg(0), c.arg(1));
            return 0;
        });
        r.register("pthread_condattr_getclock", c -> {
            c.memory().store32(c.arg(1), c.memory().loadI32(c.arg(0)));
            return 0;
        });
        r.register("pthread_condattr_destroy", c -> 0);
    }

    /** The mutex type for a pthread_mutex_t's first int (0 for PTHREAD_MUTEX_INITIALIZER) or attr type. */
    static MutexKind kindOf(long type) {
        return type == PTHREAD_MUTEX_RECURSIVE ? MutexKind.RECURSIVE
                : type == PTHREAD_MUTEX_ERRORCHECK ? MutexKind.ERROR_CHECK : MutexKind.NORMAL;
    }

    private static long defaultProtocol(BuiltinCall c) {
        return c.kernel().config().priorityInheritance() ? PTHREAD_PRIO_INHERIT : PTHREAD_PRIO_NONE;
    }

    private static long init(BuiltinCall c) {
        long addr = c.arg(0);
        c.memory().writable(addr, 4);
        MutexKind kind = MutexKind.NORMAL;
        boolean inheritance = c.kernel().config().priorityInheritance();
        if (c.arg(1) != 0) {
            kind = kindOf(c.memory().loadI32(c.arg(1)));
            long protocol = c.memory().loadI32(c.arg(1) + 4);
            if (protocol != 0) {
                inheritance = protocol - 1 == PTHREAD_PRIO_INHERIT;
            }
        }
        LibState.of(c.machine()).mutexes.put(addr, Mutex.create(c.kernel(), name(c, addr), kind, inheritance));
        return 0;
    }
}
