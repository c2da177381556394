package org.threadlab.vm.lib;

import java.util.function.LongBinaryOperator;

import org.threadlab.vm.interp.Builtin;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.mem.AddressSpace;

/**
 * The GNU atomic builtins in gcc's out-of-line (libatomic) form, one per operand size N in
 * 1, 2, 4, 8: __sync_fetch_and_OP_N(p, v), __sync_OP_and_fetch_N(p, v),
 * __sync_val_compare_and_swap_N(p, old, new), __sync_bool_compare_and_swap_N(p, old, new),
 * __sync_lock_test_and_set_N(p, v), __sync_lock_release_N(p), __atomic_load_N(p, order),
 * __atomic_store_N(p, v, order), __atomic_exchange_N(p, v, order),
 * __atomic_compare_exchange_N(p, expected_ptr, desired, ...), __atomic_fetch_OP_N(p, v, order),
 * __atomic_OP_fetch_N(p, v, order), with OP in add sub or and xor nand; and the fences
 * __sync_synchronize, __atomic_thread_fence, __atomic_signal_fence, and the byte flag operations
 * __atomic_test_and_set(p, order) and __atomic_clear(p, order). Every builtin is one atomic
 * step, so all of them are sequentially consistent. Values are returned sign-extended from N
 * bytes (the caller narrows to its type).
 */
final class AtomicLib {
    private static final String[] OPS = {"add", "sub", "or", "and", "xor", "nand"};
    private static final LongBinaryOperator[] FNS = {
        (a, b) -> a + b, (a, b) -> a - b, (a, b) -> a | b, (a, b) -> a & b, (a, b) -> a ^ b, (a, b) -> ~(a & b)};

    private AtomicLib() {
    }

    static long load(AddressSpace m, long p, int size) {
        return switch (size) {
            case 1 -> m.loadI8(p);
            case 2 -> m.loadI16(p);
            case 4 -> m.loadI32(p);
            default -> m.load64(p);
        };
    }

    static void store(AddressSpace m, long p, long v, int size) {
        switch (size) {
            case 1 -> m.store8(p, v);
            case 2 -> m.store16(p, v);
            case 4 -> m.store32(p, v);
            default -> m.store64(p, v);
        }
    }

    private static long narrow(long v, int size) {
        return switch (size) {
            case 1 -> (byte) v;
            case 2 -> (short) v;
            case 4 -> (int) v;
            default -> v;
        };
    }

    private static long update(BuiltinCall c, int size, LongBinaryOperator f, boolean returnNew) {
        AddressSpace m = c.memory();
        long old = load(m, c.arg(0), size);
        long updated = narrow(f.applyAsLong(old, c.arg(1)), size);
        store(m, c.arg(0), updated, size);
        return returnNew ? updated : old;
    }

    /**
     * Registers an atomic builtin that also tells the race detector it acquired and released its
     * address ({@code p}, argument 0), so atomics order the memory around them.
     */
    private static void atomic(BuiltinRegistry r, String name, Builtin b) {
        r.register(name, c -> {
            c.kernel().synchronizedOn(c.self(), c.arg(0));
            return b.call(c);
        });
    }

    /** A fence: every fence acquires and releases one shared address, 0 (they are all sequentially consistent). */
    private static long fence(BuiltinCall c) {
        c.kernel().synchronizedOn(c.self(), 0);
        return 0;
    }

    static void install(BuiltinRegistry r) {
        r.register("__sync_synchronize", AtomicLib::fence);
        r.register("__atomic_thread_fence", AtomicLib::fence);
        r.register("__atomic_signal_fence", c -> 0);
        installMemoryOperations(r);
    }

    private static void installMemoryOperations(BuiltinRegistry r) {
        atomic(r, "__atomic_test_and_set", c -> {
            long old = c.memory().loadU8(c.arg(0));
            c.memory().store8(c.arg(0), 1);
            return old != 0 ? 1 : 0;
        });
        atomic(r, "__atomic_clear", c -> {
            c.memory().store8(c.arg(0), 0);
            return 0;
        });
        for (int size : new int[] {1, 2, 4, 8}) {
            String n = "_" + size;
            for (int k = 0; k < OPS.length; k++) {
                LongBinaryOperator f = FNS[k];
                atomic(r, "__sync_fetch_and_" + OPS[k] + n, c -> update(c, size, f, false));
                atomic(r, "__sync_" + OPS[k] + "_and_fetch" + n, c -> update(c, size, f, true));
                atomic(r, "__atomic_fetch_" + OPS[k] + n, c -> update(c, size, f, false));
                atomic(r, "__atomic_" + OPS[k] + "_fetch" + n, c -> update(c, size, f, true));
            }
            atomic(r, "__sync_val_compare_and_swap" + n, c -> {
                long old = load(c.memory(), c.arg(0), size);
                if (old == narrow(c.arg(1), size)) {
                    store(c.memory(), c.arg(0), c.arg(2), size);
                }
                return old;
            });
            atomic(r, "__sync_bool_compare_and_swap" + n, c -> {
                long old = load(c.memory(), c.arg(0), size);
                if (old != narrow(c.arg(1), size)) {
                    return 0;
                }
                store(c.memory(), c.arg(0), c.arg(2), size);
                return 1;
            });
            atomic(r, "__sync_lock_test_and_set" + n, c -> update(c, size, (a, b) -> b, false));
            atomic(r, "__sync_lock_release" + n, c -> {
                store(c.memory(), c.arg(0), 0, size);
                return 0;
            });
            atomic(r, "__atomic_load" + n, c -> load(c.memory(), c.arg(0), size));
            atomic(r, "__atomic_store" + n, c -> {
                store(c.memory(), c.arg(0), c.arg(1), size);
                return 0;
            });
            atomic(r, "__atomic_exchange" + n, c -> update(c, size, (a, b) -> b, false));
            atomic(r, "__atomic_compare_exchange" + n, c -> {
                AddressSpace m = c.memory();
                long current = load(m, c.arg(0), size);
                long expected = load(m, c.arg(1), size);
                if (current == expected) {
                    store(m, c.arg(0), c.arg(2), size);
                    return 1;
                }
                store(m, c.arg(1), current, size);
                return 0;
            });
        }
    }
}
