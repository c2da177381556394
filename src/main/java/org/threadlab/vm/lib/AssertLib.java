package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;

/**
 * assert.h's failure path: the assert macro calls __assert_fail(expr, file, line, func), which
 * ends the run with a LIBRARY fault whose message starts with {@value #PREFIX}, e.g.
 * "assertion failed: x > 0 (in main, at prog.c:12)". The runner reports such a fault as an
 * assertion failure, and one starting with {@value #REACH_ERROR_PREFIX} (SV-COMP's error
 * location) as reach_error.
 */
public final class AssertLib {
    public static final String PREFIX = "assertion failed: ";
    public static final String REACH_ERROR_PREFIX = "reach_error: ";

    private AssertLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("__assert_fail", c -> {
            throw c.fault(FaultKind.LIBRARY, PREFIX + text(c, c.arg(0)) + " (in " + text(c, c.arg(3)) + ", at "
                    + text(c, c.arg(1)) + ":" + (int) c.arg(2) + ")");
        });
    }

    private static String text(BuiltinCall c, long addr) {
        return addr == 0 ? "?" : new String(c.memory().readCString(addr), StandardCharsets.UTF_8);
    }
}
