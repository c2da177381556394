package org.threadlab.vm.lib;

import java.util.Map;

import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StateDigest;
import org.threadlab.kernel.sync.Barrier;
import org.threadlab.kernel.sync.Condvar;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.kernel.sync.RwLock;
import org.threadlab.kernel.sync.Semaphore;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;

/**
 * Feeds the C library's part of a run's state to the explorer's {@link StateDigest}: every pthread
 * object by the address of its C object, with its kernel object's id and state (mutex owner and
 * recursion, semaphore value, barrier count, arrivals and generation, rwlock holders, each one's
 * waiters in order), the rand and nondet generators, strtok's and getopt's state, the atexit
 * handlers, the thread-specific data keys, the files, named semaphores and the library's constant
 * strings, and each thread's library state (errno's address, keys' values, cleanup handlers,
 * cancellation and exit state).
 *
 * <p>Objects are named by their C address, not their kernel id ({@link #objectAddresses}).
 *
 * <p>Left out: the program's output (stdout and stderr only ever go out; they never feed back
 * into the program, so two states that differ only in what they printed behave the same; the
 * output budget is the one exception, and a run that exceeds it is not a bug). Thread pools and
 * pthread_once waits in progress are not covered: the digest marks the state uncovered.
 */
public final class LibDigest {
    private LibDigest() {
    }

    /** Feeds the library state of {@code machine} (nothing when the library has not started). */
    public static void digest(Machine machine, StateDigest d) {
        if (!(machine.libraryState() instanceof LibState s)) {
            d.add(0);
            return;
        }
        d.add(1);
        d.add(s.mutexes.size());
        for (Map.Entry<Long, Mutex> e : s.mutexes.entries()) {
            Mutex m = e.getValue();
            object(d, e.getKey(), m).add(m.kind().ordinal()).add(m.inheritance()).add(tid(m.owner())).add(m.recursion());
        }
        d.add(s.condvars.size());
        for (Map.Entry<Long, Condvar> e : s.condvars.entries()) {
            object(d, e.getKey(), e.getValue()).add(s.monotonicCondvars.contains(e.getKey()));
        }
        d.add(s.rwlocks.size());
        for (Map.Entry<Long, RwLock> e : s.rwlocks.entries()) {
            RwLock l = e.getValue();
            object(d, e.getKey(), l).add(l.writerPreference()).add(tid(l.writer())).add(l.readers());
            for (SimThread r : l.readerThreads()) {
                d.add(r.tid());
            }
        }
        d.add(s.barriers.size());
        for (Map.Entry<Long, Barrier> e : s.barriers.entries()) {
            Barrier b = e.getValue();
            object(d, e.getKey(), b).add(b.count()).add(b.arrived()).add(b.generation());
        }
        d.add(s.semaphores.size());
        for (Map.Entry<Long, Semaphore> e : s.semaphores.entries()) {
            object(d, e.getKey(), e.getValue()).add(e.getValue().value());
        }
        if (!s.onceWaiters.isEmpty()) {
            d.uncovered("a pthread_once in progress");
        }
        if (!s.pools.isEmpty()) {
            d.uncovered("QNX thread pools");
        }
        d.add(s.randState).add(s.nondetState).add(s.getoptBlock).add(s.strtokSave);
        d.add(s.atexitHandlers.size());
        for (long h : s.atexitHandlers) {
            d.add(h);
        }
        s.keys.digest(d);
        s.filesForDigest().digest(d);
        d.add(s.namedSemaphores.size());
        for (Map.Entry<String, Long> e : s.namedSemaphores.entrySet()) {
            d.add(e.getKey()).add(e.getValue());
        }
        Map<String, Long> strings = s.constantStrings();
        d.add(strings.size());
        for (Map.Entry<String, Long> e : strings.entrySet()) {
            d.add(e.getKey()).add(e.getValue());
        }
    }

    /** Feeds the library's per-thread state of {@code thread}. */
    public static void digest(VmThread thread, StateDigest d) {
        if (!(thread.libraryState() instanceof ThreadLib t)) {
            d.add(0);
            return;
        }
        d.add(1).add(t.errnoAddress()).add(t.scratchAddress());
        d.add(t.specific.size());
        for (Map.Entry<Integer, KeyLib.Value> e : t.specific.entrySet()) {
            d.add(e.getKey()).add(e.getValue().value()).add(e.getValue().generation());
        }
        d.add(t.specificUsed).add(t.destructorRound).add(t.destructorCursor);
        d.add(t.cleanup.size());
        for (long[] h : t.cleanup) {
            d.add(h, 0, h.length);
        }
        d.add(t.cancelDisabled).add(t.cancelAsynchronous).add(t.cancelPending).add(t.atCancellationPoint);
        d.add(t.cancelInterrupted).add(t.exiting).add(t.exitValue).add(t.destructorsBegun);
    }

    private static StateDigest object(StateDigest d, long address, KernelObject o) {
        return d.add(address).add(o.waiters());
    }

    /**
     * The C address of every pthread object's kernel object: a name for it that does not depend
     * on when it was created (a statically initialised mutex is created at its first use).
     * Read-only and kept up to date as objects come and go.
     */
    public static Map<KernelObject, Long> objectAddresses(Machine machine) {
        return machine.libraryState() instanceof LibState s ? s.objectAddresses() : Map.of();
    }

    private static int tid(SimThread t) {
        return t == null ? 0 : t.tid();
    }
}
