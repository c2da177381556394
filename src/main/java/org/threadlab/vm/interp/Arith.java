package org.threadlab.vm.interp;

import org.threadlab.vm.FaultException;
import org.threadlab.vm.FaultKind;

/**
 * The C semantics of the instructions that can fault or need more than one Java operator:
 * division and remainder (faults on zero and on the overflowing MIN / -1, as x86's idiv traps),
 * and the unsigned conversions between integers and floating point. Values are in the VM's
 * representation (see {@code org.threadlab.vm.code}): 32-bit integers sign-extended, floats as raw
 * bits.
 */
final class Arith {
    private static final double TWO_63 = 0x1p63;

    private Arith() {
    }

    static long divI32(long a, long b) {
        int x = (int) a;
        int y = (int) b;
        checkDivisor(y);
        if (x == Integer.MIN_VALUE && y == -1) {
            throw overflow("division");
        }
        return x / y;
    }

    static long remI32(long a, long b) {
        int x = (int) a;
        int y = (int) b;
        checkDivisor(y);
        if (x == Integer.MIN_VALUE && y == -1) {
            throw overflow("remainder");
        }
        return x % y;
    }

    static long divU32(long a, long b) {
        checkDivisor((int) b);
        return Integer.divideUnsigned((int) a, (int) b);
    }

    static long remU32(long a, long b) {
        checkDivisor((int) b);
        return Integer.remainderUnsigned((int) a, (int) b);
    }

    static long divI64(long a, long b) {
        checkDivisor(b);
        if (a == Long.MIN_VALUE && b == -1) {
            throw overflow("division");
        }
        return a / b;
    }

    static long remI64(long a, long b) {
        checkDivisor(b);
        if (a == Long.MIN_VALUE && b == -1) {
            throw overflow("remainder");
        }
        return a % b;
    }

    static long divU64(long a, long b) {
        checkDivisor(b);
        return Long.divideUnsigned(a, b);
    }

    static long remU64(long a, long b) {
        checkDivisor(b);
        return Long.remainderUnsigned(a, b);
    }

    private static void checkDivisor(long b) {
        if (b == 0) {
            throw new FaultException(FaultKind.DIVISION_BY_ZERO, "division by zero");
        }
    }

    private static FaultException overflow(String what) {
        return new FaultException(FaultKind.INTEGER_OVERFLOW, "integer overflow in " + what
                + " (the most negative value divided by -1)");
    }

    static double u64ToF64(long a) {
        if (a >= 0) {
            return a;
        }
        return ((a >>> 1) | (a & 1)) * 2.0;
    }

    static float u64ToF32(long a) {
        if (a >= 0) {
            return a;
        }
        return ((a >>> 1) | (a & 1)) * 2.0f;
    }

    /** Truncates toward zero into [0, 2^64); negative values wrap as on x86-64 (C leaves them undefined). */
    static long f64ToU64(double d) {
        if (d >= TWO_63) {
            return (long) (d - TWO_63) + Long.MIN_VALUE;
        }
        return (long) d;
    }

    static long floatBits(float f) {
        return Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
    }

    static float toFloat(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    static long doubleBits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    static double toDouble(long bits) {
        return Double.longBitsToDouble(bits);
    }
}
