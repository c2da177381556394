package org.threadlab.vm.lib;


import org.threadlab.kernel.Errno;
import org.threadlab.kernel.sync.Barrier;
import org.threadlab.kernel.sync.RwLock;
import org.threadlab.kernel.sync.Sleepons;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;

/**
 * pthread.h's readers/writer locks and barriers, and QNX's sleepon locks. An rwlock becomes a
 * kernel object on first use (PTHREAD_RWLOCK_INITIALIZER is zeroed memory); a barrier needs
 * pthread_barrier_init, since it has no default count.
 */
final class RwLockBarrierLib {
    private RwLockBarrierLib() {
    }

    static RwLock rwlock(BuiltinCall c, long addr) {
        c.memory().writable(addr, 4);
        return LibState.of(c.machine()).rwlocks.computeIfAbsent(addr, a -> RwLock.create(c.kernel(), name(c, a)));
    }

    private static String name(BuiltinCall c, long addr) {
        return LibState.objectName(c.memory(), addr);
    }

    static void install(BuiltinRegistry r) {
        r.register("pthread_rwlock_init", c -> {
            c.memory().writable(c.arg(0), 4);
            LibState.of(c.machine()).rwlocks.put(c.arg(0), RwLock.create(c.kernel(), name(c, c.arg(0))));
            return 0;
        });
        r.register("pthread_rwlock_destroy", c -> {
            ObjectTable<RwLock> locks = LibState.of(c.machine()).rwlocks;
            RwLock l = locks.get(c.arg(0));
            if (l != null && (l.writer() != null || l.readers() > 0)) {
                return Errno.EBUSY;
            }
            locks.remove(c.arg(0));
            return 0;
        });
        r.register("pthread_rwlock_rdlock", c -> {
            rwlock(c, c.arg(0)).readLock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_rwlock_tryrdlock", c -> {
            rwlock(c, c.arg(0)).tryReadLock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_rwlock_wrlock", c -> {
            rwlock(c, c.arg(0)).writeLock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_rwlock_trywrlock", c -> {
            rwlock(c, c.arg(0)).tryWriteLock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_rwlock_unlock", c -> {
            rwlock(c, c.arg(0)).unlock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_rwlockattr_init", c -> 0);
        r.register("pthread_rwlockattr_destroy", c -> 0);
        r.register("pthread_barrier_init", c -> {
            c.memory().writable(c.arg(0), 4);
            long count = c.arg(2) & 0xFFFFFFFFL;
            if (count == 0 || count > Integer.MAX_VALUE) {
                return Errno.EINVAL;
            }
            Barrier b = Barrier.create(c.kernel(), name(c, c.arg(0)), (int) count);
            LibState.of(c.machine()).barriers.put(c.arg(0), b);
            return 0;
        });
        r.register("pthread_barrier_destroy", c -> {
            Barrier b = LibState.of(c.machine()).barriers.get(c.arg(0));
            if (b != null && b.arrived() > 0) {
                return Errno.EBUSY;
            }
            LibState.of(c.machine()).barriers.remove(c.arg(0));
            return 0;
        });
        r.register("pthread_barrier_wait", c -> {
            Barrier b = LibState.of(c.machine()).barriers.get(c.arg(0));
            if (b == null) {
                throw c.fault(FaultKind.LIBRARY,
                        "pthread_barrier_wait on a barrier that pthread_barrier_init did not initialise");
            }
            b.await(c.kernel(), c.self());
            return c.kernelCall(done -> done.self().result() != 0 ? done.self().result() : (int) done.self().value());
        });
        r.register("pthread_barrierattr_init", c -> 0);
        r.register("pthread_barrierattr_destroy", c -> 0);
        r.register("pthread_sleepon_lock", c -> {
            Sleepons.of(c.kernel(), c.self().process()).lock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_sleepon_unlock", c -> {
            Sleepons.of(c.kernel(), c.self().process()).unlock(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_sleepon_wait", c -> {
            Sleepons.of(c.kernel(), c.self().process()).await(c.kernel(), c.self(), c.arg(0));
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_sleepon_signal", c -> {
            Sleepons.of(c.kernel(), c.self().process()).signal(c.kernel(), c.self(), c.arg(0));
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("pthread_sleepon_broadcast", c -> {
            Sleepons.of(c.kernel(), c.self().process()).broadcast(c.kernel(), c.self(), c.arg(0));
            return c.kernelCall(Completion.RESULT_CODE);
        });
    }
}
