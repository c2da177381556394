package org.threadlab.vm.lib;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.mem.AddressSpace;

/**
 * How the process ends: exit (also returning from main, which the machine turns into exit) runs
 * the atexit handlers, last registered first, each once, then ends the process; _exit and _Exit
 * end it at once; abort (StdlibLib) is a fault and runs nothing. Other threads keep running while
 * the handlers run, as in glibc. A handler registered while the handlers run is run too, next.
 * The loop is C in stdlib.h ({@code __threadlab_exit}: call {@code __threadlab_atexit_next()}'s
 * function until it returns NULL, then {@code _Exit(status)}); exit calls back into it only when
 * handlers are registered. At most {@link #ATEXIT_MAX} handlers may be registered at once (glibc
 * has no limit; POSIX asks for at least 32): atexit returns -1 beyond that.
 */
final class ExitLib {
    static final int ATEXIT_MAX = 32768;
    /** The C loop in stdlib.h. */
    static final String RUNNER = "__threadlab_exit";

    private ExitLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("atexit", c -> {
            long f = c.arg(0);
            if (AddressSpace.segmentOf(f) != AddressSpace.CODE_SEGMENT) {
                throw c.fault(FaultKind.INVALID_FUNCTION_POINTER, "atexit with an invalid function pointer");
            }
            LibState s = LibState.of(c.machine());
            if (s.atexitHandlers.size() >= ATEXIT_MAX) {
                return -1;
            }
            s.atexitHandlers.push(f);
            return 0;
        });
        r.register("__threadlab_atexit_next", c -> {
            Long f = LibState.of(c.machine()).atexitHandlers.poll();
            return f == null ? 0 : f;
        });
        r.register("exit", c -> exit(c, (int) c.arg(0)));
        r.register("_exit", ExitLib::exitNow);
        r.register("_Exit", ExitLib::exitNow);
    }

    static boolean hasHandlers(BuiltinCall c) {
        return !LibState.of(c.machine()).atexitHandlers.isEmpty();
    }

    /** exit(status): the atexit handlers, then the end of the process. */
    static long exit(BuiltinCall c, int status) {
        if (!hasHandlers(c)) {
            return exitNow(c, status);
        }
        int runner = c.machine().program().functionIndex(RUNNER);
        if (runner < 0) {
            throw c.fault(FaultKind.LIBRARY, "atexit handlers are registered but the program does not include"
                    + " <stdlib.h>, which runs them");
        }
        return c.tailCall(Machine.functionAddress(runner), status);
    }

    private static long exitNow(BuiltinCall c) {
        return exitNow(c, (int) c.arg(0));
    }

    private static long exitNow(BuiltinCall c, int status) {
        c.kernel().exitProcess(c.self().process(), status);
        return c.kernelCall(done -> 0);
    }
}
