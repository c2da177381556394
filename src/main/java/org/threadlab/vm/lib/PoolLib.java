package org.threadlab.vm.lib;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.pool.PoolAttr;
import org.threadlab.kernel.pool.PoolControl;
import org.threadlab.kernel.pool.PoolFlag;
import org.threadlab.kernel.pool.PoolLimits;
import org.threadlab.kernel.pool.ThreadPool;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Completion;
import org.threadlab.vm.mem.AddressSpace;

/**
 * sys/dispatch.h's kernel halves: the header writes thread_pool_create/start/control/limits/
 * destroy and the pool threads' loop in C, and calls these builtins for each pool transition,
 * each one {@link ThreadPool} kernel call. thread_pool_t starts with its thread_pool_attr_t
 * (handle @0, block_func @8, unblock_func @16, handler_func @24, context_alloc @32,
 * context_free @40, attr @48, lo_water @56, increment @58, hi_water @60, maximum @62, all
 * {@code unsigned short}), then {@code unsigned flags} @96. Limits are normalised as QNX's libc
 * does (hi_water at most maximum, lo_water at most hi_water); an increment of 0 is EINVAL.
 */
final class PoolLib {
    static final int POOL_FLAG_EXIT_SELF = 0x1;
    static final int POOL_FLAG_USE_SELF = 0x2;
    private static final int BLOCK_FUNC = 8;
    private static final int UNBLOCK_FUNC = 16;
    private static final int HANDLER_FUNC = 24;
    private static final int CONTEXT_ALLOC = 32;
    private static final int CONTEXT_FREE = 40;
    private static final int THREAD_ATTR = 48;
    private static final int LO_WATER = 56;
    private static final int INCREMENT = 58;
    private static final int HI_WATER = 60;
    private static final int MAXIMUM = 62;
    private static final int FLAGS = 96;
    /** sizeof(thread_pool_t) in sys/dispatch.h. */
    private static final int POOL_SIZE = 112;

    private PoolLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("__threadlab_pool_create", PoolLib::create);
        r.register("__threadlab_pool_start", c -> {
            pool(c).pool().start(c.kernel(), c.self());
            return c.kernelCall(Completion.RESULT_CODE);
        });
        r.register("__threadlab_pool_block", c -> {
            CPool p = pool(c);
            int tid = c.self().tid();
            if (p.takeCountedOut(tid) || p.pool().isDestroyed()) {
                p.pool().leave(c.kernel(), c.self());
                return c.kernelCall(done -> 1);
            }
            p.enterBlockFunction(tid);
            return 0;
        });
        r.register("__threadlab_pool_unblocked", c -> {
            CPool p = pool(c);
            int tid = c.self().tid();
            p.leaveBlockFunction(tid);
            if (p.takeCountedOut(tid)) {
                p.pool().leave(c.kernel(), c.self());
                return c.kernelCall(done -> 1);
            }
            p.pool().unblocked(c.kernel(), c.self());
            return c.kernelCall(done -> 0);
        });
        r.register("__threadlab_pool_completed", c -> {
            pool(c).pool().completed(c.kernel(), c.self());
            return c.kernelCall(done -> done.self().value());
        });
        r.register("__threadlab_pool_leave", c -> {
            pool(c).pool().leave(c.kernel(), c.self());
            return c.kernelCall(done -> 0);
        });
        r.register("__threadlab_pool_control", PoolLib::control);
        r.register("__threadlab_pool_excess", c -> {
            ThreadPool p = pool(c).pool();
            return Math.max(0, Math.max(p.total() - p.limits().maximum(), p.blocking() - p.limits().hiWater()));
        });
        r.register("__threadlab_pool_wind_down", PoolLib::windDown);
        r.register("__threadlab_pool_destroy", c -> {
            long address = c.arg(0);
            pool(c).pool().destroy(c.kernel(), c.self());
            return c.kernelCall(done -> {
                int result = done.self().result();
                if (result == 0) {
                    LibState.of(done.machine()).pools.remove(address);
                }
                return result;
            });
        });
        r.register("threadlab_pool_counts", c -> {
            ThreadPool p = pool(c).pool();
            storeCount(c, c.arg(1), p.processing());
            storeCount(c, c.arg(2), p.blocking());
            storeCount(c, c.arg(3), p.total());
            return 0;
        });
    }

    /** __threadlab_pool_create(pool, worker): the kernel pool for the thread_pool_t the header filled. */
    private static long create(BuiltinCall c) {
        long address = c.arg(0);
        AddressSpace m = c.memory();
        m.writable(address, POOL_SIZE);
        for (int field : new int[] {BLOCK_FUNC, HANDLER_FUNC, CONTEXT_ALLOC, CONTEXT_FREE}) {
            if (m.load64(address + field) == 0) {
                throw c.fault(FaultKind.LIBRARY, "thread_pool_create: the attributes' " + fieldName(field)
                        + " is NULL; a pool thread calls context_alloc, block_func, handler_func and context_free");
            }
        }
        ThreadAttr threadAttr = PthreadLib.threadAttr(c, m.load64(address + THREAD_ATTR));
        PoolLimits limits = normalised((int) m.loadU16(address + LO_WATER), (int) m.loadU16(address + INCREMENT),
                (int) m.loadU16(address + HI_WATER), (int) m.loadU16(address + MAXIMUM));
        if (threadAttr == null || limits == null) {
            return Errno.EINVAL;
        }
        long flags = m.loadU32(address + FLAGS);
        PoolFlag flag = (flags & POOL_FLAG_USE_SELF) != 0 ? PoolFlag.USE_SELF
                : (flags & POOL_FLAG_EXIT_SELF) != 0 ? PoolFlag.EXIT_SELF : PoolFlag.NONE;
        CPool p = new CPool(c.machine(), address, c.arg(1), m.load64(address + UNBLOCK_FUNC) != 0);
        PoolAttr attr = new PoolAttr(p, threadAttr.detachedThread(), limits);
        p.setPool(ThreadPool.create(c.kernel(), c.self().process(), attr, flag, null));
        LibState.of(c.machine()).pools.put(address, p);
        storeLimits(m, address, limits);
        return 0;
    }

    /**
     * __threadlab_pool_control(pool, attr, lower, upper, flags): the THREAD_POOL_CONTROL_* limits
     * of {@code attr} (none when attr is NULL) merged into the current ones and normalised, then
     * the kernel's control, which waits for lower..upper threads unless NONBLOCK.
     */
    private static long control(BuiltinCall c) {
        CPool p = pool(c);
        long attr = c.arg(1);
        int flags = (int) c.arg(4);
        PoolLimits now = p.pool().limits();
        PoolControl request;
        int lower = (int) c.arg(2);
        int upper = (int) c.arg(3);
        if (attr == 0) {
            request = new PoolControl(flags & PoolControl.NONBLOCK, 0, 0, 0, 0, lower, upper);
        } else {
            AddressSpace m = c.memory();
            PoolLimits merged = normalised(
                    pick(flags, PoolControl.LOWATER, m, attr + LO_WATER, now.loWater()),
                    pick(flags, PoolControl.INCREMENT, m, attr + INCREMENT, now.increment()),
                    pick(flags, PoolControl.HIWATER, m, attr + HI_WATER, now.hiWater()),
                    pick(flags, PoolControl.MAXIMUM, m, attr + MAXIMUM, now.maximum()));
            if (merged == null) {
                return Errno.EINVAL;
            }
            request = PoolControl.of(merged, lower, upper, flags);
        }
        return controlCall(c, p, request, Completion.RESULT_CODE);
    }

    /**
     * __threadlab_pool_wind_down(pool), thread_pool_destroy's first half when the program has an
     * unblock_func: lo_water, hi_water and maximum go to 0 as in QNX's destroy, without waiting.
     * Returns the threads left for unblock_func to wake, or -errno (EDEADLK from a pool thread,
     * EINVAL for a destroyed pool), before anything changed.
     */
    private static long windDown(BuiltinCall c) {
        CPool p = pool(c);
        if (p.pool().threads().contains(c.self())) {
            return -Errno.EDEADLK;
        }
        if (p.pool().isDestroyed()) {
            return -Errno.EINVAL;
        }
        PoolLimits zero = new PoolLimits(0, p.pool().limits().increment(), 0, 0);
        PoolControl request = PoolControl.of(zero, 0, PoolLimits.USHRT_MAX, PoolControl.NONBLOCK);
        return controlCall(c, p, request, done -> {
            int result = done.self().result();
            return result != 0 ? -result : p.pool().total();
        });
    }

    /** The kernel's control; the pool's limits are copied back into the thread_pool_t, as QNX keeps them. */
    private static long controlCall(BuiltinCall c, CPool p, PoolControl request, Completion result) {
        long address = c.arg(0);
        p.pool().control(c.kernel(), c.self(), request);
        return c.kernelCall(done -> {
            storeLimits(done.memory(), address, p.pool().limits());
            return result.complete(done);
        });
    }

    /** QNX's normalisation (hi_water at most maximum, then lo_water at most hi_water); null if still invalid. */
    static PoolLimits normalised(int loWater, int increment, int hiWater, int maximum) {
        int hi = Math.min(hiWater, maximum);
        int lo = Math.min(loWater, hi);
        return PoolLimits.problem(lo, increment, hi, maximum) == null ? new PoolLimits(lo, increment, hi, maximum) : null;
    }

    private static int pick(int flags, int bit, AddressSpace m, long field, int current) {
        return (flags & bit) != 0 ? (int) m.loadU16(field) : current;
    }

    private static void storeLimits(AddressSpace m, long pool, PoolLimits limits) {
        m.store16(pool + LO_WATER, limits.loWater());
        m.store16(pool + INCREMENT, limits.increment());
        m.store16(pool + HI_WATER, limits.hiWater());
        m.store16(pool + MAXIMUM, limits.maximum());
    }

    private static void storeCount(BuiltinCall c, long out, int value) {
        if (out != 0) {
            c.memory().store32(out, value);
        }
    }

    /** The pool whose thread_pool_t is argument 0; a fault when thread_pool_create did not make it. */
    private static CPool pool(BuiltinCall c) {
        CPool p = LibState.of(c.machine()).pools.get(c.arg(0));
        if (p == null) {
            throw c.fault(FaultKind.LIBRARY, "not a thread pool: the pointer was not returned by thread_pool_create,"
                    + " or the pool was destroyed");
        }
        return p;
    }

    private static String fieldName(int offset) {
        return switch (offset) {
            case BLOCK_FUNC -> "block_func";
            case HANDLER_FUNC -> "handler_func";
            case CONTEXT_ALLOC -> "context_alloc";
            default -> "context_free";
        };
    }
}
