package org.threadlab.vm.lib;

import java.util.Map;

import org.threadlab.kernel.Errno;
import org.threadlab.kernel.StateDigest;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;

/**
 * pthread.h's thread-specific data, as glibc does it. Keys are slots 0..PTHREAD_KEYS_MAX-1,
 * the lowest free one first, reused after pthread_key_delete; each slot has a generation
 * (glibc's sequence number, odd while the key is in use) that create and delete advance, and a
 * thread's value remembers the generation it was set under, so a value set under a deleted key
 * is never seen through a new key with the same number. Setting a key that is not in use is
 * EINVAL.
 *
 * <p>When a thread exits ({@link ThreadExitLib}) its values go through the destructors as in
 * glibc's {@code __nptl_deallocate_tsd}: in rounds over the keys in order, each non-NULL value is
 * set to NULL and, if its key is still the one it was set under and has a destructor, the
 * destructor is called with it. Another round follows only when a destructor set a non-NULL value,
 * for at most PTHREAD_DESTRUCTOR_ITERATIONS (4) rounds; values left after that are dropped.
 */
final class KeyLib {
    static final int KEYS_MAX = 1024;
    static final int DESTRUCTOR_ITERATIONS = 4;

    /** The process's key slots; the tables are made at the first pthread_key_create (most runs make none). */
    static final class Keys {
        long[] destructor;
        long[] generation;

        boolean inUse(long key) {
            return generation != null && key >= 0 && key < KEYS_MAX && (generation[(int) key] & 1) != 0;
        }

        void make() {
            if (generation == null) {
                destructor = new long[KEYS_MAX];
                generation = new long[KEYS_MAX];
            }
        }

        /** Gives the empty {@code to} copies of these tables (the explorer's snapshots). */
        void copyInto(Keys to) {
            if (generation != null) {
                to.destructor = destructor.clone();
                to.generation = generation.clone();
            }
        }

        /** Feeds both tables to the explorer's state hash (a 0 before the first key: no table yet). */
        void digest(StateDigest d) {
            d.add(generation != null);
            if (generation != null) {
                d.add(destructor, 0, destructor.length).add(generation, 0, generation.length);
            }
        }
    }

    /** A thread's value for a key and the key's generation when it was set. */
    record Value(long value, long generation) {
    }

    private KeyLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("pthread_key_create", KeyLib::create);
        r.register("pthread_key_delete", c -> {
            Keys keys = LibState.of(c.machine()).keys;
            long key = c.arg(0) & 0xFFFFFFFFL;
            if (!keys.inUse(key)) {
                return Errno.EINVAL;
            }
            keys.generation[(int) key]++;
            keys.destructor[(int) key] = 0;
            return 0;
        });
        r.register("pthread_setspecific", c -> {
            Keys keys = LibState.of(c.machine()).keys;
            long key = c.arg(0) & 0xFFFFFFFFL;
            if (!keys.inUse(key)) {
                return Errno.EINVAL;
            }
            ThreadLib t = ThreadLib.of(c.thread());
            if (c.arg(1) == 0) {
                t.specific.remove((int) key);
            } else {
                t.specific.put((int) key, new Value(c.arg(1), keys.generation[(int) key]));
                t.specificUsed = true;
            }
            return 0;
        });
        r.register("pthread_getspecific", c -> {
            Keys keys = LibState.of(c.machine()).keys;
            long key = c.arg(0) & 0xFFFFFFFFL;
            Value v = key < KEYS_MAX ? ThreadLib.of(c.thread()).specific.get((int) key) : null;
            return v != null && v.generation() == keys.generation[(int) key] ? v.value() : 0;
        });
    }

    private static long create(BuiltinCall c) {
        Keys keys = LibState.of(c.machine()).keys;
        c.memory().writable(c.arg(0), 4);
        keys.make();
        for (int key = 0; key < KEYS_MAX; key++) {
            if (!keys.inUse(key)) {
                keys.generation[key]++;
                keys.destructor[key] = c.arg(1);
                c.memory().store32(c.arg(0), key);
                return 0;
            }
        }
        return Errno.EAGAIN;
    }

    /** True while the thread holds a value a destructor round would look at. */
    static boolean hasValues(ThreadLib t) {
        return !t.specific.isEmpty();
    }

    /** Starts the exiting thread's destructor rounds. */
    static void beginDestructors(ThreadLib t) {
        t.specificUsed = false;
        t.destructorRound = 0;
        t.destructorCursor = 0;
    }

    /**
     * The exiting thread's next destructor call as {destructor, value}, its value already set to
     * NULL; null when the rounds are over.
     */
    static long[] nextDestructor(Keys keys, ThreadLib t) {
        while (true) {
            Map.Entry<Integer, Value> e = t.specific.ceilingEntry(t.destructorCursor);
            if (e == null) {
                if (!t.specificUsed || ++t.destructorRound >= DESTRUCTOR_ITERATIONS) {
                    t.specific.clear();
                    return null;
                }
                t.specificUsed = false;
                t.destructorCursor = 0;
                continue;
            }
            int key = e.getKey();
            t.destructorCursor = key + 1;
            t.specific.remove(key);
            Value v = e.getValue();
            if (v.generation() == keys.generation[key] && keys.destructor[key] != 0) {
                return new long[] {keys.destructor[key], v.value()};
            }
        }
    }
}
