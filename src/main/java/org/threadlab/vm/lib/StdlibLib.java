package org.threadlab.vm.lib;

import java.math.BigInteger;
import java.util.Locale;

import org.threadlab.vm.FaultKind;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.mem.AddressSpace;

/**
 * stdlib.h: the heap (through the address space, which checks every free), abort (a LIBRARY
 * fault "abort() was called"; exit and atexit are {@link ExitLib}'s), number parsing (atoi, strtol, strtoul, strtod:
 * decimal only for strtod), abs, rand and rand_r (glibc's exact algorithm). rand is glibc's TYPE_0 generator (the LCG
 * {@code s = (s * 1103515245 + 12345) & 0x7fffffff}, returning s), seeded with 1 unless srand or
 * the runner ({@link LibState#seedRandom}) seeds it; RAND_MAX is 2147483647.
 */
final class StdlibLib {
    static final int ERANGE = 34;

    private StdlibLib() {
    }

    static void install(BuiltinRegistry r) {
        r.register("malloc", c -> c.memory().malloc(c.arg(0), c.site()));
        r.register("calloc", c -> c.memory().calloc(c.arg(0), c.arg(1), c.site()));
        r.register("realloc", c -> c.memory().realloc(c.arg(0), c.arg(1), c.site()));
        r.register("free", c -> {
            c.memory().free(c.arg(0));
            return 0;
        });
        r.register("abort", c -> {
            throw c.fault(FaultKind.LIBRARY, "abort() was called");
        });
        r.register("atoi", c -> (int) parse(c, c.arg(0), 0, 10, true));
        r.register("atol", c -> parse(c, c.arg(0), 0, 10, true));
        r.register("atoll", c -> parse(c, c.arg(0), 0, 10, true));
        r.register("strtol", c -> parse(c, c.arg(0), c.arg(1), (int) c.arg(2), true));
        r.register("strtoll", c -> parse(c, c.arg(0), c.arg(1), (int) c.arg(2), true));
        r.register("strtoul", c -> parse(c, c.arg(0), c.arg(1), (int) c.arg(2), false));
        r.register("strtoull", c -> parse(c, c.arg(0), c.arg(1), (int) c.arg(2), false));
        r.register("atof", c -> Double.doubleToRawLongBits(parseDouble(c, c.arg(0), 0)));
        r.register("strtod", c -> Double.doubleToRawLongBits(parseDouble(c, c.arg(0), c.arg(1))));
        r.register("rand_r", c -> {
            long next = c.memory().loadU32(c.arg(0));
            long result = 0;
            for (int k = 0; k < 3; k++) {
                next = (next * 1103515245L + 12345L) & 0xFFFFFFFFL;
                result = k == 0 ? (next / 65536) % 2048 : (result << 10) ^ ((next / 65536) % 1024);
            }
            c.memory().store32(c.arg(0), next);
            return result;
        });
        r.register("abs", c -> Math.abs((int) c.arg(0)));
        r.register("labs", c -> Math.abs(c.arg(0)));
        r.register("llabs", c -> Math.abs(c.arg(0)));
        r.register("rand", c -> nextRandom(LibState.of(c.machine())));
        r.register("srand", c -> {
            LibState.of(c.machine()).seedRandom(c.arg(0));
            return 0;
        });
    }

    /** glibc's TYPE_0 rand. */
    static long nextRandom(LibState s) {
        s.randState = (s.randState * 1103515245L + 12345L) & 0x7fffffffL;
        return s.randState;
    }

    /** strtod: decimal floating point, inf, infinity, nan (any case); hex floats are not read. */
    static double parseDouble(BuiltinCall c, long s, long endptr) {
        AddressSpace m = c.memory();
        long p = s;
        while (isSpace(m.loadU8(p))) {
            p++;
        }
        StringBuilder text = new StringBuilder();
        long q = p;
        if (m.loadU8(q) == '-' || m.loadU8(q) == '+') {
            text.append((char) m.loadU8(q++));
        }
        String word = wordAt(m, q, 8).toLowerCase(Locale.ROOT);
        double value;
        long end;
        if (word.startsWith("infinity") || word.startsWith("inf")) {
            end = q + (word.startsWith("infinity") ? 8 : 3);
            value = text.toString().equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (word.startsWith("nan")) {
            end = q + 3;
            value = Double.NaN;
        } else {
            int digits = 0;
            while (Character.isDigit((int) m.loadU8(q))) {
                text.append((char) m.loadU8(q++));
                digits++;
            }
            if (m.loadU8(q) == '.') {
                text.append('.');
                q++;
                while (Character.isDigit((int) m.loadU8(q))) {
                    text.append((char) m.loadU8(q++));
                    digits++;
                }
            }
            if (digits == 0) {
                if (endptr != 0) {
                    m.store64(endptr, s);
                }
                return 0;
            }
            if ((m.loadU8(q) | 0x20) == 'e') {
                long e = q + 1;
                StringBuilder exp = new StringBuilder("e");
                if (m.loadU8(e) == '-' || m.loadU8(e) == '+') {
                    exp.append((char) m.loadU8(e++));
                }
                if (Character.isDigit((int) m.loadU8(e))) {
                    while (Character.isDigit((int) m.loadU8(e))) {
                        exp.append((char) m.loadU8(e++));
                    }
                    text.append(exp);
                    q = e;
                }
            }
            end = q;
            value = Double.parseDouble(text.toString());
            if (Double.isInfinite(value)) {
                ThreadLib.setErrno(c, ERANGE);
            }
        }
        if (endptr != 0) {
            m.store64(endptr, end);
        }
        return value;
    }

    /** Up to {@code n} letters at {@code p}. */
    private static String wordAt(AddressSpace m, long p, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n && Character.isLetter((int) m.loadU8(p + i)); i++) {
            b.append((char) m.loadU8(p + i));
        }
        return b.toString();
    }

    private static boolean isSpace(long b) {
        return b == ' ' || b >= 9 && b <= 13;
    }

    /**
     * strtol/strtoul: skips whitespace, an optional sign, a 0x prefix for base 16 or 0, then
     * digits; stores the end through {@code endptr}; saturates with errno ERANGE on overflow.
     */
    static long parse(BuiltinCall c, long s, long endptr, int base, boolean signed) {
        AddressSpace m = c.memory();
        if (base != 0 && (base < 2 || base > 36)) {
            ThreadLib.setErrno(c, 22);
            return 0;
        }
        long p = s;
        while (isSpace(m.loadU8(p))) {
            p++;
        }
        boolean negative = false;
        if (m.loadU8(p) == '-' || m.loadU8(p) == '+') {
            negative = m.loadU8(p) == '-';
            p++;
        }
        if ((base == 0 || base == 16) && m.loadU8(p) == '0' && (m.loadU8(p + 1) | 0x20) == 'x'
                && Character.digit((int) m.loadU8(p + 2), 16) >= 0) {
            p += 2;
            base = 16;
        } else if (base == 0) {
            base = m.loadU8(p) == '0' ? 8 : 10;
        }
        long start = p;
        BigInteger value = BigInteger.ZERO;
        BigInteger big = BigInteger.valueOf(base);
        boolean huge = false;
        while (Character.digit((int) m.loadU8(p), base) >= 0) {
            if (!huge) {
                value = value.multiply(big).add(BigInteger.valueOf(Character.digit((int) m.loadU8(p), base)));
                huge = value.bitLength() > 70;
            }
            p++;
        }
        if (endptr != 0) {
            m.store64(endptr, p == start ? s : p);
        }
        if (p == start) {
            return 0;
        }
        BigInteger signedValue = negative ? value.negate() : value;
        if (signed) {
            if (signedValue.bitLength() > 63) {
                ThreadLib.setErrno(c, ERANGE);
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return signedValue.longValue();
        }
        if (value.bitLength() > 64) {
            ThreadLib.setErrno(c, ERANGE);
            return -1;
        }
        return negative ? -value.longValue() : value.longValue();
    }
}
