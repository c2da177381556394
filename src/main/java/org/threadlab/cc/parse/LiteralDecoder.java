package org.threadlab.cc.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.type.Type;

/**
 * Decodes literal spellings into values: numbers with their C type (C11 6.4.4.1 and 6.4.4.2),
 * character constants and string literals with escapes. This is the parser's own small copy;
 * it is meant to be replaced by the lexer stage's {@code org.threadlab.cc.lex.Literals} once
 * that lands (keep the same results). Every method throws {@link IllegalArgumentException}
 * with a one-sentence message for a malformed literal; the parser turns it into a diagnostic.
 */
final class LiteralDecoder {
    private LiteralDecoder() {
    }

    /** A decoded number: an integer value (floating == false) or a double, with its type. */
    record Number(long value, double fvalue, boolean floating, Type type) {
    }

    /** A decoded string: its code units (bytes for plain/u8, else 16/32-bit units) and element type; no terminator. */
    record Str(int[] units, Type elementType) {
    }

    static Number number(String s) {
        String lower = s.toLowerCase();
        boolean hex = lower.startsWith("0x");
        boolean isFloat = hex ? (lower.contains(".") || lower.contains("p"))
                : (lower.contains(".") || lower.contains("e"));
        if (isFloat) {
            return floating(s);
        }
        int base = 10;
        int start = 0;
        if (hex) {
            base = 16;
            start = 2;
        } else if (lower.startsWith("0b")) {
            base = 2;
            start = 2;
        } else if (lower.startsWith("0") && lower.length() > 1) {
            base = 8;
            start = 1;
        }
        int end = start;
        while (end < lower.length() && Character.digit(lower.charAt(end), base == 16 ? 16 : 10) >= 0) {
            end++;
        }
        String suffix = lower.substring(end);
        String spelledSuffix = s.substring(end);
        boolean u;
        int l;
        switch (suffix) {
            case "" -> { u = false; l = 0; }
            case "u" -> { u = true; l = 0; }
            case "l" -> { u = false; l = 1; }
            case "ul", "lu" -> { u = true; l = 1; }
            case "ll" -> { u = false; l = 2; }
            case "ull", "llu" -> { u = true; l = 2; }
            default -> throw new IllegalArgumentException("invalid suffix '" + spelledSuffix + "' on integer constant");
        }
        if (suffix.contains("ll") && !spelledSuffix.contains("ll") && !spelledSuffix.contains("LL")) {
            throw new IllegalArgumentException("invalid suffix '" + spelledSuffix + "' on integer constant");
        }
        String digits = lower.substring(start, end);
        if (digits.isEmpty() && base != 8) {
            throw new IllegalArgumentException("invalid integer constant '" + s + "'");
        }
        if (digits.isEmpty()) {
            digits = "0";
        }
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, base) < 0) {
                throw new IllegalArgumentException("invalid digit '" + c + "' in " + (base == 8 ? "octal" : "binary") + " constant");
            }
        }
        long value;
        try {
            value = Long.parseUnsignedLong(digits, base);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("integer constant '" + s + "' is too large");
        }
        boolean fitsInt = value >= 0 && value <= Integer.MAX_VALUE;
        boolean fitsUint = value >= 0 && value <= 0xffffffffL;
        boolean fitsLong = value >= 0;
        Type t;
        if (base == 10) {
            if (u) {
                t = l == 0 && fitsUint ? Type.UINT : l == 2 ? Type.ULLONG : Type.ULONG;
            } else if (l == 0 && fitsInt) {
                t = Type.INT;
            } else if (fitsLong) {
                t = l == 2 ? Type.LLONG : Type.LONG;
            } else {
                t = l == 2 ? Type.ULLONG : Type.ULONG; // gcc: "integer constant is so large that it is unsigned"
            }
        } else if (u) {
            t = l == 0 && fitsUint ? Type.UINT : l == 2 ? Type.ULLONG : Type.ULONG;
        } else if (l == 0 && fitsInt) {
            t = Type.INT;
        } else if (l == 0 && fitsUint) {
            t = Type.UINT;
        } else if (fitsLong) {
            t = l == 2 ? Type.LLONG : Type.LONG;
        } else {
            t = l == 2 ? Type.ULLONG : Type.ULONG;
        }
        return new Number(value, 0, false, t);
    }

    private static Number floating(String s) {
        String body = s;
        Type t = Type.DOUBLE;
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        if (last == 'f') {
            t = Type.FLOAT;
            body = s.substring(0, s.length() - 1);
        } else if (last == 'l') {
            body = s.substring(0, s.length() - 1);
        }
        if (body.toLowerCase().startsWith("0x") && !body.toLowerCase().contains("p")) {
            throw new IllegalArgumentException("hexadecimal floating constant '" + s + "' requires an exponent");
        }
        try {
            double d = Double.parseDouble(body);
            if (t == Type.FLOAT) {
                d = (float) d;
            }
            return new Number(0, d, true, t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid floating constant '" + s + "'");
        }
    }

    /** The value and type of a character constant: 'a' and u8'a' are int (from signed char), L'x' int, u'x' unsigned short promoted... */
    static Number character(String s) {
        int quote = s.indexOf('\'');
        String prefix = s.substring(0, quote);
        String inner = s.substring(quote + 1, s.length() - 1);
        if (inner.isEmpty()) {
            throw new IllegalArgumentException("empty character constant");
        }
        List<Integer> units = new ArrayList<>();
        int[] i = {0};
        while (i[0] < inner.length()) {
            int cp = escapeOrChar(inner, i);
            if (prefix.isEmpty() || prefix.equals("u8")) {
                if (cp > 0xff && !inner.startsWith("\\")) {
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        units.add(b & 0xff);
                    }
                    continue;
                }
                units.add(cp & 0xff);
            } else {
                units.add(cp);
            }
        }
        if (prefix.isEmpty() || prefix.equals("u8")) {
            long v = 0;
            for (int u : units) {
                v = (v << 8) | u;
            }
            v = units.size() == 1 ? (byte) v : (int) v;
            return new Number(v, 0, false, Type.INT);
        }
        int v = units.get(units.size() - 1);
        return switch (prefix) {
            case "u" -> new Number(v & 0xffff, 0, false, Type.USHORT);
            case "U" -> new Number(v & 0xffffffffL, 0, false, Type.UINT);
            default -> new Number(v, 0, false, Type.INT);
        };
    }

    /** The code units of one string literal token (without its terminating zero). */
    static Str string(String s) {
        int quote = s.indexOf('"');
        String prefix = s.substring(0, quote);
        String inner = s.substring(quote + 1, s.length() - 1);
        List<Integer> units = new ArrayList<>();
        int[] i = {0};
        boolean narrow = prefix.isEmpty() || prefix.equals("u8");
        while (i[0] < inner.length()) {
            boolean escape = inner.charAt(i[0]) == '\\';
            int cp = escapeOrChar(inner, i);
            if (narrow) {
                if (!escape && cp > 0x7f) {
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        units.add(b & 0xff);
                    }
                } else {
                    units.add(cp & 0xff);
                }
            } else if (prefix.equals("u") && cp > 0xffff) {
                for (char c : Character.toChars(cp)) {
                    units.add((int) c);
                }
            } else {
                units.add(cp);
            }
        }
        Type elem = switch (prefix) {
            case "u" -> Type.USHORT;
            case "U" -> Type.UINT;
            case "L" -> Type.INT;
            default -> Type.CHAR;
        };
        return new Str(units.stream().mapToInt(Integer::intValue).toArray(), elem);
    }

    /** Reads one (possibly escaped) character at {@code i[0]} and advances it. */
    private static int escapeOrChar(String s, int[] i) {
        char c = s.charAt(i[0]);
        if (c != '\\') {
            int cp = s.codePointAt(i[0]);
            i[0] += Character.charCount(cp);
            return cp;
        }
        i[0]++;
        if (i[0] >= s.length()) {
            throw new IllegalArgumentException("incomplete escape sequence");
        }
        char e = s.charAt(i[0]++);
        switch (e) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'a': return 7;
            case 'b': return '\b';
            case 'f': return '\f';
            case 'v': return 11;
            case 'e': return 27;
            case '\\': return '\\';
            case '\'': return '\'';
            case '"': return '"';
            case '?': return '?';
            case 'x': {
                int v = 0;
                int n = 0;
                while (i[0] < s.length() && Character.digit(s.charAt(i[0]), 16) >= 0) {
                    v = (v << 4) | Character.digit(s.charAt(i[0]++), 16);
                    n++;
                }
                if (n == 0) {
                    throw new IllegalArgumentException("\\x used with no following hex digits");
                }
                return v;
            }
            case 'u':
            case 'U': {
                int len = e == 'u' ? 4 : 8;
                if (i[0] + len > s.length()) {
                    throw new IllegalArgumentException("incomplete universal character name");
                }
                int v = Integer.parseUnsignedInt(s.substring(i[0], i[0] + len), 16);
                i[0] += len;
                return v;
            }
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i[0] < s.length() && s.charAt(i[0]) >= '0' && s.charAt(i[0]) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i[0]++) - '0');
                    }
                    return v;
                }
                throw new IllegalArgumentException("unknown escape sequence '\\" + e + "'");
        }
    }
}
