package org.threadlab.vm.lib;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * C's printf formatting, byte for byte as glibc: conversions d i u o x X c s p f F e E g G a A n
 * %, flags - + space # 0, width and precision (both may be '*'), length modifiers hh h l ll z t j
 * L. Floating point is rounded exactly (BigDecimal of the double's exact value, ties to even, as
 * glibc); %a prints glibc's hexadecimal form (a leading 1, or 0 and exponent -1022 for
 * subnormals; a rounding carry shows as a leading 2). %n stores the count of bytes so far through
 * {@link Counts} (sized by hh, h, l...). An unknown conversion is copied as written.
 * Sandbox limits: widths and integer precisions above {@value #MAX_FIELD} and floating-point
 * precisions above {@value #MAX_FLOAT_PRECISION} (more than the longest exact double) are
 * clamped, so a hostile format cannot exhaust memory or time.
 */
public final class PrintfFormat {
    /** Where the arguments come from: each is one 64-bit value (doubles as raw bits). */
    public interface Args {
        long next();
    }

    /** Reads C strings for %s: at most {@code max} bytes of the string at {@code address}. */
    public interface Strings {
        byte[] read(long address, int max);
    }

    /** Where %n stores the bytes output so far: {@code size} bytes (1, 2, 4 or 8) at {@code address}. */
    public interface Counts {
        void store(long address, int size, long count);
    }

    static final int MAX_FIELD = 1_000_000;
    static final int MAX_FLOAT_PRECISION = 1100;

    private final byte[] fmt;
    private final Args args;
    private final Strings strings;
    private final Counts counts;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private boolean left;
    private boolean plus;
    private boolean space;
    private boolean alt;
    private boolean zero;
    private int width;
    private int precision;

    private PrintfFormat(byte[] fmt, Args args, Strings strings, Counts counts) {
        this.fmt = fmt;
        this.args = args;
        this.strings = strings;
        this.counts = counts;
    }

    /** Formats {@code fmt} (the bytes before its NUL) with {@code args}; %n stores through {@code counts}. */
    public static byte[] format(byte[] fmt, Args args, Strings strings, Counts counts) {
        return new PrintfFormat(fmt, args, strings, counts).run();
    }

    /** As above, for a caller with no memory for %n: its argument is skipped and nothing is stored. */
    public static byte[] format(byte[] fmt, Args args, Strings strings) {
        return format(fmt, args, strings, (address, size, count) -> { });
    }

    private byte[] run() {
        int i = 0;
        while (i < fmt.length) {
            byte b = fmt[i];
            if (b != '%') {
                out.write(b);
                i++;
                continue;
            }
            i = spec(i);
        }
        return out.toByteArray();
    }

    /** Formats the conversion starting at the '%' at {@code start}; returns the index after it. */
    private int spec(int start) {
        int i = start + 1;
        left = plus = space = alt = zero = false;
        width = 0;
        precision = -1;
        for (; i < fmt.length; i++) {
            byte f = fmt[i];
            if (f == '-') {
                left = true;
            } else if (f == '+') {
                plus = true;
            } else if (f == ' ') {
                space = true;
            } else if (f == '#') {
                alt = true;
            } else if (f == '0') {
                zero = true;
            } else {
                break;
            }
        }
        if (i < fmt.length && fmt[i] == '*') {
            int w = (int) args.next();
            if (w < 0) {
                left = true;
                w = w == Integer.MIN_VALUE ? Integer.MAX_VALUE : -w;
            }
            width = Math.min(w, MAX_FIELD);
            i++;
        } else {
            while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
                width = (int) Math.min(MAX_FIELD, width * 10L + (fmt[i++] - '0'));
            }
        }
        if (i < fmt.length && fmt[i] == '.') {
            i++;
            precision = 0;
            if (i < fmt.length && fmt[i] == '*') {
                int p = (int) args.next();
                precision = p < 0 ? -1 : Math.min(p, MAX_FIELD);
                i++;
            } else {
                while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') {
                    precision = (int) Math.min(MAX_FIELD, precision * 10L + (fmt[i++] - '0'));
                }
            }
        }
        int size = 4; // operand bytes: 1 hh, 2 h, 4 none, 8 l ll z t j L
        while (i < fmt.length) {
            byte m = fmt[i];
            if (m == 'h') {
                size = size == 2 ? 1 : 2;
            } else if (m == 'l' || m == 'z' || m == 't' || m == 'j' || m == 'q' || m == 'L') {
                size = 8;
            } else {
                break;
            }
            i++;
        }
        if (i >= fmt.length) {
            out.write(fmt, start, i - start);
            return i;
        }
        char conv = (char) fmt[i];
        switch (conv) {
            case 'd', 'i' -> signed(args.next(), size);
            case 'u', 'o', 'x', 'X' -> unsigned(args.next(), size, conv);
            case 'c' -> pad(new byte[] {(byte) args.next()});
            case 's' -> string(args.next());
            case 'p' -> pointer(args.next());
            case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A' -> floating(Double.longBitsToDouble(args.next()), conv);
            case '%' -> out.write('%');
            case 'n' -> counts.store(args.next(), size, out.size());
            default -> out.write(fmt, start, i + 1 - start);
        }
        return i + 1;
    }

    private static long narrow(long v, int size) {
        return switch (size) {
            case 1 -> (byte) v;
            case 2 -> (short) v;
            case 4 -> (int) v;
            default -> v;
        };
    }

    private static long mask(long v, int size) {
        return size == 8 ? v : v & ((1L << (size * 8)) - 1);
    }

    private void signed(long raw, int size) {
        long v = narrow(raw, size);
        String digits = v < 0 ? (v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(-v)) : Long.toString(v);
        String sign = v < 0 ? "-" : plus ? "+" : space ? " " : "";
        integer(sign, digits, v == 0);
    }

    private void unsigned(long raw, int size, char conv) {
        long v = mask(raw, size);
        String digits = switch (conv) {
            case 'o' -> Long.toOctalString(v);
            case 'x' -> Long.toHexString(v);
            case 'X' -> Long.toHexString(v).toUpperCase();
            default -> Long.toUnsignedString(v);
        };
        String prefix = "";
        if (alt && conv == 'x' && v != 0) {
            prefix = "0x";
        } else if (alt && conv == 'X' && v != 0) {
            prefix = "0X";
        }
        if (alt && conv == 'o') {
            if (v == 0 && precision == 0) {
                digits = "0";
                precision = -1;
            } else if (precision <= digits.length() && digits.charAt(0) != '0') {
                digits = "0" + digits;
            }
        }
        integer(prefix, digits, v == 0 && !(alt && conv == 'o'));
    }

    /** Pads an integer: {@code prefix} (sign or 0x), precision as minimum digits, then width. */
    private void integer(String prefix, String digits, boolean isZero) {
        if (precision == 0 && isZero) {
            digits = "";
        }
        StringBuilder body = new StringBuilder();
        if (precision > digits.length()) {
            body.append("0".repeat(precision - digits.length()));
        }
        body.append(digits);
        boolean zeroPad = zero && !left && precision < 0;
        emitPadded(prefix, body.toString(), zeroPad);
    }

    private void emitPadded(String prefix, String body, boolean zeroPad) {
        int len = prefix.length() + body.length();
        int fill = Math.max(0, width - len);
        if (left) {
            ascii(prefix + body);
            spaces(fill);
        } else if (zeroPad) {
            ascii(prefix);
            ascii("0".repeat(fill));
            ascii(body);
        } else {
            spaces(fill);
            ascii(prefix + body);
        }
    }

    private void pad(byte[] body) {
        int fill = Math.max(0, width - body.length);
        if (!left) {
            spaces(fill);
        }
        out.write(body, 0, body.length);
        if (left) {
            spaces(fill);
        }
    }

    private void string(long address) {
        byte[] s;
        if (address == 0) {
            s = precision >= 0 && precision < 6 ? new byte[0] : "(null)".getBytes(StandardCharsets.US_ASCII);
        } else {
            s = strings.read(address, precision < 0 ? Integer.MAX_VALUE : precision);
        }
        pad(s);
    }

    private void pointer(long v) {
        if (v == 0) {
            precision = -1;
            emitPadded("", "(nil)", false);
            return;
        }
        String sign = plus ? "+" : space ? " " : "";
        integer(sign + "0x", Long.toHexString(v), false);
    }

    private void spaces(int n) {
        for (int k = 0; k < n; k++) {
            out.write(' ');
        }
    }

    private void ascii(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        out.write(b, 0, b.length);
    }

    // ---------------------------------------------------------------- floating point

    private void floating(double d, char conv) {
        boolean upper = Character.isUpperCase(conv);
        boolean negative = (Double.doubleToRawLongBits(d) & Long.MIN_VALUE) != 0;
        String sign = negative ? "-" : plus ? "+" : space ? " " : "";
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String word = Double.isNaN(d) ? "nan" : "inf";
            emitPadded(sign, upper ? word.toUpperCase() : word, false);
            return;
        }
        if (conv == 'a' || conv == 'A') {
            hexadecimal(d, sign, upper);
            return;
        }
        int prec = precision < 0 ? 6 : Math.min(precision, MAX_FLOAT_PRECISION);
        BigDecimal x = new BigDecimal(Math.abs(d));
        String body = switch (Character.toLowerCase(conv)) {
            case 'f' -> fixed(x, prec);
            case 'e' -> exponential(x, prec);
            default -> general(x, prec);
        };
        emitPadded(sign, upper ? body.toUpperCase() : body, zero && !left);
    }

    /**
     * %a: 0x, the leading hex digit, the fraction's hex digits (all 13 without a precision, trailing
     * zeros dropped; else rounded to the precision, ties to even), p and the binary exponent.
     */
    private void hexadecimal(double d, String sign, boolean upper) {
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & ((1L << 52) - 1);
        long lead = biased == 0 ? 0 : 1;
        int exponent = biased == 0 ? (fraction == 0 ? 0 : -1022) : biased - 1023;
        String digits;
        if (precision < 0) {
            digits = hex(fraction, 13).replaceFirst("0+$", "");
        } else if (precision < 13) {
            int shift = 52 - 4 * precision;
            long value = lead << 52 | fraction;
            long kept = value >>> shift;
            long rest = value & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (rest > half || rest == half && (kept & 1) == 1) {
                kept++;
            }
            lead = kept >>> (4 * precision);
            digits = hex(kept & ((1L << (4 * precision)) - 1), precision);
        } else {
            digits = hex(fraction, 13) + "0".repeat(Math.min(precision, MAX_FLOAT_PRECISION) - 13);
        }
        String body = lead + (digits.isEmpty() && !alt ? "" : ".") + digits + "p" + (exponent < 0 ? "-" : "+")
                + Math.abs(exponent);
        String prefix = sign + "0x";
        emitPadded(upper ? prefix.toUpperCase() : prefix, upper ? body.toUpperCase() : body, zero && !left);
    }

    /** {@code v} in lower-case hex, zero-padded to {@code digits} digits (none for 0 digits). */
    private static String hex(long v, int digits) {
        if (digits == 0) {
            return "";
        }
        String h = Long.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    private String fixed(BigDecimal x, int prec) {
        String s = x.setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return prec == 0 && alt ? s + "." : s;
    }

    /** The decimal exponent of {@code x} after rounding to {@code digits} significant digits. */
    private static int exponentAfterRounding(BigDecimal x, int digits) {
        if (x.signum() == 0) {
            return 0;
        }
        BigDecimal r = x.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return r.precision() - r.scale() - 1;
    }

    private String exponential(BigDecimal x, int prec) {
        String mantissa;
        int exp;
        if (x.signum() == 0) {
            mantissa = "0".repeat(prec + 1);
            exp = 0;
        } else {
            BigDecimal r = x.round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
            BigInteger unscaled = r.unscaledValue();
            String digits = unscaled.toString();
            mantissa = digits.length() >= prec + 1 ? digits.substring(0, prec + 1)
                    : digits + "0".repeat(prec + 1 - digits.length());
        }
        StringBuilder s = new StringBuilder();
        s.append(mantissa.charAt(0));
        if (prec > 0 || alt) {
            s.append('.');
        }
        s.append(mantissa, 1, mantissa.length());
        s.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            s.append('0');
        }
        s.append(a);
        return s.toString();
    }

    private String general(BigDecimal x, int prec) {
        int p = prec == 0 ? 1 : prec;
        int exp = exponentAfterRounding(x, p);
        String s;
        if (exp < p && exp >= -4) {
            s = x.setScale(p - 1 - exp, RoundingMode.HALF_EVEN).toPlainString();
            if (alt && s.indexOf('.') < 0) {
                s = s + ".";
            }
        } else {
            s = exponential(x, p - 1);
        }
        if (!alt) {
            s = stripZeros(s);
        }
        return s;
    }

    private static String stripZeros(String s) {
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mant.indexOf('.') >= 0) {
            int end = mant.length();
            while (mant.charAt(end - 1) == '0') {
                end--;
            }
            if (mant.charAt(end - 1) == '.') {
                end--;
            }
            mant = mant.substring(0, end);
        }
        return mant + tail;
    }
}
