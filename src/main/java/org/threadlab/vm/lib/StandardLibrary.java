package org.threadlab.vm.lib;

import org.threadlab.vm.interp.BuiltinRegistry;

/**
 * The whole C library: every builtin, registered under its C name. The code generator turns a
 * call to a function that the program declares but does not define into a BUILTIN of that name.
 */
public final class StandardLibrary {
    private StandardLibrary() {
    }

    /** A new registry holding every builtin of the library. */
    public static BuiltinRegistry registry() {
        BuiltinRegistry r = new BuiltinRegistry();
        install(r);
        return r;
    }

    /** Adds every builtin of the library to {@code r}. */
    public static void install(BuiltinRegistry r) {
        PthreadLib.install(r);
        MutexLib.install(r);
        RwLockBarrierLib.install(r);
        SemaphoreLib.install(r);
        PoolLib.install(r);
        NamedSemaphoreLib.install(r);
        SchedLib.install(r);
        StdioLib.install(r);
        FileLib.install(r);
        StdlibLib.install(r);
        StringLib.install(r);
        TimeLib.install(r);
        UnistdLib.install(r);
        AssertLib.install(r);
        AtomicLib.install(r);
        MathLib.install(r);
        CtypeLib.install(r);
        VerifierLib.install(r);
        ThreadLib.install(r);
        KeyLib.install(r);
        ThreadExitLib.install(r);
        ExitLib.install(r);
        CancelLib.install(r); // last: it wraps the cancellation points the others registered
    }
}
