package org.threadlab.vm.lib;

import java.util.Map;
import java.util.TreeMap;

import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.mem.AddressSpace;

/** Per-thread library state (the thread's errno), kept as the VmThread's library state. */
final class ThreadLib {
    private long errnoAddress;
    private long scratchAddress;
    /** pthread_setspecific's values by key. */
    final Map<Long, Long> specific = new TreeMap<>();

    private ThreadLib() {
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
