package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.threadlab.vm.interp.BuiltinCall;

/**
 * sscanf over a byte string: conversions %d %i %u %o %x %X %s %c %[set] %f %e %g (l for double,
 * and length modifiers hh h l ll z j t for integers), %% and %n, '*' suppression, field widths;
 * whitespace in the format skips any whitespace, other characters must match. Returns the number
 * of assignments, or EOF (-1) when the input ends before the first conversion.
 */
final class ScanfFormat {
    private final BuiltinCall call;
    private final byte[] in;
    /** The input is {@code in[start..end)}. */
    private final int inputStart;
    private final int end;
    private final byte[] fmt;
    private int arg;
    private int pos;

    private ScanfFormat(BuiltinCall call, byte[] in, int start, int end, byte[] fmt, int firstArg) {
        this.call = call;
        this.in = in;
        this.inputStart = start;
        this.end = end;
        this.pos = start;
        this.fmt = fmt;
        this.arg = firstArg;
    }

    static long scan(BuiltinCall call, byte[] input, byte[] fmt, int firstArg) {
        return new ScanfFormat(call, input, 0, input.length, fmt, firstArg).run();
    }

    /**
     * scanf on a stream: scans {@code input[start..end)} and returns {result, bytes consumed}
     * (the array is not copied, so a long file costs nothing per call).
     */
    static long[] scanConsuming(BuiltinCall call, byte[] input, int start, int end, byte[] fmt, int firstArg) {
        ScanfFormat f = new ScanfFormat(call, input, start, end, fmt, firstArg);
        long result = f.run();
        return new long[] {result, f.pos - start};
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 11;
    }

    private int peek() {
        return pos < end ? in[pos] & 0xFF : -1;
    }

    private void skipSpace() {
        while (pos < end && isSpace(in[pos])) {
            pos++;
        }
    }

    private long run() {
        int assigned = 0;
        boolean converted = false;
        int i = 0;
        while (i < fmt.length) {
            int f = fmt[i] & 0xFF;
            if (isSpace(f)) {
                skipSpace();
                i++;
                continue;
            }
            if (f != '%' || i + 1 < fmt.length && fmt[i + 1] == '%') {
                if (f == '%') {
                    i++;
                    skipSpace();
                }
                if (peek() != f) {
                    return peek() < 0 && !converted ? StdioLib.EOF : assigned;
                }
                pos++;
                i++;
                continue;
            }
            i++;
            boolean suppress = false;
            if (i < fmt.length && fmt[i] == '*') {
                suppress = true;
                i++;
            }
            int width = 0;
            while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
                width = Math.min(1_000_000, width * 10 + fmt[i++] - '0');
            }
            int size = 4;
            while (i < fmt.length && "hlLqjzt".indexOf(fmt[i]) >= 0) {
                size = fmt[i] == 'h' ? (size == 2 ? 1 : 2) : 8;
                i++;
            }
            if (i >= fmt.length) {
                break;
            }
            char conv = (char) fmt[i++];
            boolean[] set = null;
            if (conv == '[') {
                set = new boolean[256];
                i = scanset(i, set);
            }
            if (conv == 'n') {
                if (!suppress) {
                    storeInt(call.arg(arg++), pos - inputStart, 4);
                }
                continue;
            }
            if (conv != 'c' && conv != '[') {
                skipSpace();
            }
            if (peek() < 0) {
                return converted ? assigned : StdioLib.EOF;
            }
            int max = width == 0 ? Integer.MAX_VALUE : width;
            boolean ok = switch (conv) {
                case 'd' -> integer(10, true, suppress, size, max);
                case 'i' -> integer(0, true, suppress, size, max);
                case 'u' -> integer(10, false, suppress, size, max);
                case 'o' -> integer(8, false, suppress, size, max);
                case 'x', 'X', 'p' -> integer(16, false, suppress, conv == 'p' ? 8 : size, max);
                case 'f', 'e', 'g', 'E', 'G', 'F', 'a' -> floating(suppress, size, max);
                case 's' -> string(suppress, max);
                case 'c' -> chars(suppress, width == 0 ? 1 : width);
                case '[' -> matching(set, suppress, max);
                default -> false;
            };
            if (!ok) {
                return assigned;
            }
            converted = true;
            if (!suppress) {
                assigned++;
            }
        }
        return assigned;
    }

    private void storeInt(long addr, long v, int size) {
        switch (size) {
            case 1 -> call.memory().store8(addr, v);
            case 2 -> call.memory().store16(addr, v);
            case 4 -> call.memory().store32(addr, v);
            default -> call.memory().store64(addr, v);
        }
    }

    private boolean integer(int base, boolean signed, boolean suppress, int size, int max) {
        int start = pos;
        int limit = (int) Math.min(end, (long) pos + max);
        boolean negative = false;
        if (pos < limit && (in[pos] == '-' || in[pos] == '+')) {
            negative = in[pos] == '-';
            pos++;
        }
        if (base == 0 || base == 16) {
            if (pos + 1 < limit && in[pos] == '0' && (in[pos + 1] == 'x' || in[pos + 1] == 'X')
                    && pos + 2 < limit && Character.digit(in[pos + 2], 16) >= 0) {
                pos += 2;
                base = 16;
            } else if (base == 0) {
                base = pos < limit && in[pos] == '0' ? 8 : 10;
            }
        }
        long value = 0;
        int digits = 0;
        while (pos < limit && Character.digit(in[pos], base) >= 0) {
            value = value * base + Character.digit(in[pos], base);
            pos++;
            digits++;
        }
        if (digits == 0) {
            pos = start;
            return false;
        }
        if (!suppress) {
            storeInt(call.arg(arg++), negative ? -value : value, size);
        }
        return true;
    }

    private boolean floating(boolean suppress, int size, int max) {
        int limit = (int) Math.min(end, (long) pos + max);
        int start = pos;
        int p = pos;
        if (p < limit && (in[p] == '-' || in[p] == '+')) {
            p++;
        }
        int digitsStart = p;
        while (p < limit && (Character.isDigit(in[p]) || in[p] == '.')) {
            p++;
        }
        if (p == digitsStart || p == digitsStart + 1 && in[digitsStart] == '.') {
            return false;
        }
        if (p < limit && (in[p] == 'e' || in[p] == 'E')) {
            int q = p + 1;
            if (q < limit && (in[q] == '-' || in[q] == '+')) {
                q++;
            }
            if (q < limit && Character.isDigit(in[q])) {
                while (q < limit && Character.isDigit(in[q])) {
                    q++;
                }
                p = q;
            }
        }
        double d;
        try {
            d = Double.parseDouble(new String(in, start, p - start, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return false;
        }
        pos = p;
        if (!suppress) {
            long addr = call.arg(arg++);
            if (size == 8) {
                call.memory().storeF64(addr, d);
            } else {
                call.memory().storeF32(addr, (float) d);
            }
        }
        return true;
    }

    private boolean string(boolean suppress, int max) {
        int start = pos;
        while (pos < end && pos - start < max && !isSpace(in[pos])) {
            pos++;
        }
        if (!suppress) {
            byte[] s = Arrays.copyOfRange(in, start, pos + 1);
            s[s.length - 1] = 0;
            call.memory().writeBytes(call.arg(arg++), s);
        }
        return true;
    }

    /** Parses the scanset after '[' into {@code set}; returns the index after its ']'. */
    private int scanset(int i, boolean[] set) {
        boolean negate = i < fmt.length && fmt[i] == '^';
        if (negate) {
            i++;
        }
        int start = i;
        while (i < fmt.length && (fmt[i] != ']' || i == start)) {
            int lo = fmt[i] & 0xFF;
            if (i + 2 < fmt.length && fmt[i + 1] == '-' && fmt[i + 2] != ']') {
                int hi = fmt[i + 2] & 0xFF;
                for (int ch = lo; ch <= hi; ch++) {
                    set[ch] = true;
                }
                i += 3;
            } else {
                set[lo] = true;
                i++;
            }
        }
        if (negate) {
            for (int ch = 0; ch < 256; ch++) {
                set[ch] = !set[ch];
            }
        }
        return Math.min(i + 1, fmt.length);
    }

    /** %[...]: a non-empty run of bytes in the set. */
    private boolean matching(boolean[] set, boolean suppress, int max) {
        int start = pos;
        while (pos < end && pos - start < max && set[in[pos] & 0xFF]) {
            pos++;
        }
        if (pos == start) {
            return false;
        }
        if (!suppress) {
            byte[] s = Arrays.copyOfRange(in, start, pos + 1);
            s[s.length - 1] = 0;
            call.memory().writeBytes(call.arg(arg++), s);
        }
        return true;
    }

    private boolean chars(boolean suppress, int n) {
        if (pos + n > end) {
            return false;
        }
        if (!suppress) {
            call.memory().writeBytes(call.arg(arg++), Arrays.copyOfRange(in, pos, pos + n));
        }
        pos += n;
        return true;
    }
}
