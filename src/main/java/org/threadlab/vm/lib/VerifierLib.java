package org.threadlab.vm.lib;

import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;

/**
 * SV-COMP's __VERIFIER_* functions (which benchmark programs declare themselves), for running
 * such programs.
 *
 * <ul>
 *   <li>{@code __VERIFIER_nondet_T()} returns an arbitrary value of type T, taken from the kernel's
 *       chooser as {@link ChoicePoint#NONDET} choice points: one choice per 16 bits of the value,
 *       lowest bits first (bool: one choice of 2; char: one of 256; int: two of 65,536; long:
 *       four). So a recording chooser records the values, a replay gives them back, random mode
 *       draws them from the run's seed and an explorer can enumerate small domains. The realistic
 *       answer is a deterministic generator (glibc TYPE_0 steps from the run's seed, separate
 *       from rand), so realistic mode gives the same values on every run and {@code --seed}
 *       changes them. T is any of bool, char, uchar, short, ushort, int, uint, unsigned, u32,
 *       long, ulong, longlong, ulonglong, loff_t, size_t, sector_t, pthread_t, pointer and pchar
 *       (LP64 widths; pointer and pchar are arbitrary 64-bit addresses, almost never valid ones),
 *       float and double (arbitrary bit patterns: every value, NaNs and infinities included).
 *       The 128-bit types are not provided.</li>
 *   <li>{@code __VERIFIER_assert(0)} fails as assert does ("assertion failed: ...");
 *       {@code __VERIFIER_error()} and {@code reach_error()} (when the program only declares it)
 *       end the run at SV-COMP's error location ("reach_error: ...");
 *       {@code __VERIFIER_assume(0)} ends the process quietly with status 0 (the path is
 *       infeasible).</li>
 *   <li>{@code __VERIFIER_atomic_begin()} and {@code __VERIFIER_atomic_end()} are the kernel's
 *       atomic sections ({@link org.threadlab.kernel.Kernel#beginAtomic}): no other thread executes
 *       in between, unless the thread blocks inside (then atomicity is suspended until it runs
 *       again, as in Promela). The code generator brackets the body of every function the
 *       program defines whose name starts with {@code __VERIFIER_atomic_} with these two calls.
 *       An end without a begin is a LIBRARY fault.</li>
 * </ul>
 */
final class VerifierLib {
    private static final int BITS_PER_CHOICE = 16;

    private VerifierLib() {
    }

    /** One step of the realistic generator: 31 bits. */
    private static long next(BuiltinCall c) {
        LibState s = LibState.of(c.machine());
        s.nondetState = (s.nondetState * 1103515245L + 12345L) & 0x7fffffffL;
        return s.nondetState;
    }

    /** The realistic value of a {@code bits}-wide nondet type, from as many generator steps as it needs. */
    private static long generated(BuiltinCall c, int bits) {
        return switch (bits) {
            case 1 -> next(c) >> 16;
            case 8, 16 -> next(c);
            case 32 -> next(c) << 1 ^ next(c);
            default -> next(c) << 33 ^ next(c) << 2 ^ next(c);
        };
    }

    /**
     * A {@code bits}-wide value chosen by the kernel, 16 bits per {@link ChoicePoint#NONDET}
     * choice, lowest first; {@code realistic}'s bits are each choice's realistic answer.
     */
    private static long choose(BuiltinCall c, int bits, long realistic) {
        long value = 0;
        for (int shift = 0; shift < bits; shift += BITS_PER_CHOICE) {
            int mask = (1 << Math.min(BITS_PER_CHOICE, bits - shift)) - 1;
            long part = c.kernel().choose(ChoicePoint.NONDET, mask + 1, (int) (realistic >>> shift) & mask);
            value |= part << shift;
        }
        return value;
    }

    /** Registers __VERIFIER_nondet_{@code type}, a {@code bits}-wide integer, sign-extended when {@code signed}. */
    private static void nondet(BuiltinRegistry r, String type, int bits, boolean signed) {
        int unused = Long.SIZE - bits;
        r.register("__VERIFIER_nondet_" + type, c -> {
            long v = choose(c, bits, generated(c, bits));
            return signed ? v << unused >> unused : v;
        });
    }

    static void install(BuiltinRegistry r) {
        nondet(r, "bool", 1, false);
        nondet(r, "char", 8, true);
        nondet(r, "uchar", 8, false);
        nondet(r, "short", 16, true);
        nondet(r, "ushort", 16, false);
        nondet(r, "int", 32, true);
        nondet(r, "uint", 32, false);
        nondet(r, "unsigned", 32, false);
        nondet(r, "u32", 32, false);
        nondet(r, "long", 64, true);
        nondet(r, "ulong", 64, false);
        nondet(r, "longlong", 64, true);
        nondet(r, "ulonglong", 64, false);
        nondet(r, "loff_t", 64, true);
        nondet(r, "size_t", 64, false);
        nondet(r, "sector_t", 64, false);
        nondet(r, "pthread_t", 64, false);
        nondet(r, "pointer", 64, false);
        nondet(r, "pchar", 64, false);
        nondet(r, "float", 32, false); // the raw bits: every float, NaNs and infinities included
        nondet(r, "double", 64, false);
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
        r.register("__VERIFIER_atomic_begin", c -> {
            c.kernel().beginAtomic(c.self());
            return c.kernelCall(done -> 0);
        });
        r.register("__VERIFIER_atomic_end", c -> {
            if (c.self().atomicDepth() == 0) {
                throw c.fault(FaultKind.LIBRARY, "__VERIFIER_atomic_end without a matching __VERIFIER_atomic_begin");
            }
            c.kernel().endAtomic(c.self());
            return c.kernelCall(done -> 0);
        });
    }
}
