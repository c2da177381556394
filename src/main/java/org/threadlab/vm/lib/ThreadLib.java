package org.threadlab.vm.lib;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;

import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.CopyableState;
import org.threadlab.vm.interp.MachineCopy;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.mem.AddressSpace;

/**
 * Per-thread library state, kept as the VmThread's library state: errno, thread-specific data
 * (KeyLib), cleanup handlers and cancellation (CancelLib) and the exit in progress (ThreadExitLib).
 */
final class ThreadLib implements CopyableState {
    private long errnoAddress;
    private long scratchAddress;

    // Thread-specific data (KeyLib).
    /** pthread_setspecific's non-NULL values by key. */
    final TreeMap<Integer, KeyLib.Value> specific = new TreeMap<>();
    /** A non-NULL value was set since the destructor round began (glibc's specific_used). */
    boolean specificUsed;
    /** Destructor rounds done, and the next key the current round looks at. */
    int destructorRound;
    int destructorCursor;

    // Cancellation (CancelLib).
    /** pthread_cleanup_push's handlers, innermost first: {routine, arg}. */
    final Deque<long[]> cleanup = new ArrayDeque<>();
    boolean cancelDisabled;
    boolean cancelAsynchronous;
    boolean cancelPending;
    /** Blocked in a cancellation point, where pthread_cancel may end the wait. */
    boolean atCancellationPoint;
    /** pthread_cancel ended that wait: the thread acts on the cancellation as it resumes. */
    boolean cancelInterrupted;

    // The thread's exit (ThreadExitLib).
    /** pthread_exit was called or a cancellation acted on: handlers and destructors are running. */
    boolean exiting;
    long exitValue;
    /** The cleanup handlers are done and the key destructors have begun. */
    boolean destructorsBegun;

    private ThreadLib() {
    }

    /** The explorer's snapshot copy: every field (nothing here points at kernel objects). */
    @Override
    public ThreadLib copy(MachineCopy c) {
        ThreadLib n = new ThreadLib();
        n.errnoAddress = errnoAddress;
        n.scratchAddress = scratchAddress;
        n.specific.putAll(specific);
        n.specificUsed = specificUsed;
        n.destructorRound = destructorRound;
        n.destructorCursor = destructorCursor;
        for (long[] handler : cleanup) {
            n.cleanup.addLast(handler.clone());
        }
        n.cancelDisabled = cancelDisabled;
        n.cancelAsynchronous = cancelAsynchronous;
        n.cancelPending = cancelPending;
        n.atCancellationPoint = atCancellationPoint;
        n.cancelInterrupted = cancelInterrupted;
        n.exiting = exiting;
        n.exitValue = exitValue;
        n.destructorsBegun = destructorsBegun;
        return n;
    }

    long errnoAddress() {
        return errnoAddress;
    }

    long scratchAddress() {
        return scratchAddress;
    }

    /** True when a cancellation request should be acted on now (pending, enabled, not exiting). */
    boolean cancelDue() {
        return cancelPending && !cancelDisabled && !exiting;
    }

    static ThreadLib of(VmThread thread) {
        if (thread.libraryState() instanceof ThreadLib t) {
            return t;
        }
        ThreadLib t = new ThreadLib();
        thread.setLibraryState(t);
        return t;
    }

    /** The address of the calling thread's errno int, allocated on first use. */
    static long errnoAddress(BuiltinCall call) {
        ThreadLib t = of(call.thread());
        if (t.errnoAddress == 0) {
            int seg = call.memory().newGlobal("errno of thread " + call.thread().tid(), new byte[4], false);
            t.errnoAddress = AddressSpace.address(seg, 0);
        }
        return t.errnoAddress;
    }

    /** An 8-byte scratch cell of the calling thread (strtok's saveptr), allocated on first use. */
    static long scratch(BuiltinCall call) {
        ThreadLib t = of(call.thread());
        if (t.scratchAddress == 0) {
            t.scratchAddress = AddressSpace.address(call.memory().newGlobal("library scratch", new byte[8], false), 0);
        }
        return t.scratchAddress;
    }

    static void setErrno(BuiltinCall call, int value) {
        call.memory().store32(errnoAddress(call), value);
    }

    static void install(BuiltinRegistry r) {
        r.register("__errno_location", ThreadLib::errnoAddress);
    }
}
