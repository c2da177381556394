package org.threadlab.vm.lib;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;

/**
 * SV-COMP's __VERIFIER_* functions (which benchmark programs declare themselves), for running
 * such programs: __VERIFIER_nondet_T returns values from a deterministic generator (glibc TYPE_0
 * steps from the run's seed, separate from rand), NOT an explored choice; __VERIFIER_assert(0)
 * fails as assert does ("assertion failed: ..."); __VERIFIER_error() and reach_error() (when the
 * program only declares it) end the run at SV-COMP's error location ("reach_error: ...");
 * __VERIFIER_assume(0)
 * ends the process quietly with status 0 (the path is infeasible). __VERIFIER_atomic_begin/end
 * are not provided: they need the kernel to suspend preemption.
 */
final class VerifierLib {
    private VerifierLib() {
    }

    private static long next(BuiltinCall c) {
        LibState s = LibState.of(c.machine());
        s.nondetState = (s.nondetState * 1103515245L + 12345L) & 0x7fffffffL;
        return s.nondetState;
    }

    static void install(BuiltinRegistry r) {
        r.register("__VERIFIER_nondet_int", c -> (int) (next(c) << 1 ^ next(c)));
        r.register("__VERIFIER_nondet_uint", c -> (next(c) << 1 ^ next(c)) & 0xFFFFFFFFL);
        r.register("__VERIFIER_nondet_long", c -> next(c) << 33 ^ next(c) << 2 ^ next(c));
        r.register("__VERIFIER_nondet_ulong", c -> next(c) << 33 ^ next(c) << 2 ^ next(c));
        r.register("__VERIFIER_nondet_short", c -> (short) next(c));
        r.register("__VERIFIER_nondet_ushort", c -> next(c) & 0xFFFF);
        r.register("__VERIFIER_nondet_char", c -> (byte) next(c));
        r.register("__VERIFIER_nondet_uchar", c -> next(c) & 0xFF);
        r.register("__VERIFIER_nondet_bool", c -> next(c) >> 16 & 1);
        r.register("__VERIFIER_assert", c -> {
            if ((int) c.arg(0) == 0) {
                throw c.fault(FaultKind.LIBRARY, AssertLib.PREFIX + "__VERIFIER_assert");
            }
            return 0;
        });
        r.register("__VERIFIER_error", c -> {
            throw c.fault(FaultKind.LIBRARY, AssertLib.REACH_ERROR_PREFIX + "__VERIFIER_error() was reached");
        });
        r.register("reach_error", c -> {
            throw c.fault(FaultKind.LIBRARY, AssertLib.REACH_ERROR_PREFIX + "reach_error() was reached");
        });
        r.register("__VERIFIER_assume", c -> {
            if ((int) c.arg(0) != 0) {
                return 0;
            }
            c.kernel().exitProcess(c.self().process(), 0);
            return c.kernelCall(done -> 0);
        });
    }
}
