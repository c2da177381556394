package org.threadlab.cc.lex;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.lex.NumberConstant.FloatConstant;
import org.threadlab.cc.lex.NumberConstant.FloatType;
import org.threadlab.cc.lex.NumberConstant.IntConstant;

/**
 * Decodes literal tokens into values, as C11 6.4.4 and 6.4.5 say (LP64, gcc's choices where the
 * standard leaves them open): numbers with their types, character constants and string literals
 * with all escapes. Malformed literals are reported to the diagnostics and decode to a harmless
 * value (0, an empty string) so the compile can go on.
 */
public final class Literals {

    private Literals() {
    }

    /**
     * The value of a NUMBER token: an integer constant typed by C11 6.4.4.1 (decimal versus
     * hex/octal/binary lists, suffixes u, l, ll in any case and order) or a floating constant
     * (f: float, l: long double treated as double; hex floats too).
     */
    public static NumberConstant parseNumber(Token token, Diagnostics diagnostics) {
        String text = token.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean hex = lower.startsWith("0x");
        boolean isFloat = hex ? lower.indexOf('.') >= 0 || lower.indexOf('p') >= 0
                : lower.indexOf('.') >= 0 || lower.indexOf('e') >= 0;
        if (isFloat) {
            return parseFloat(token, text, hex, diagnostics);
        }
        return parseInteger(token, text, diagnostics);
    }

    private static NumberConstant parseInteger(Token token, String text, Diagnostics diagnostics) {
        String lower = text.toLowerCase(Locale.ROOT);
        int base = 10;
        int digitsStart = 0;
        if (lower.startsWith("0x")) {
            base = 16;
            digitsStart = 2;
        } else if (lower.startsWith("0b")) {
            base = 2;
            digitsStart = 2;
        } else if (lower.startsWith("0")) {
            base = 8;
        }
        int end = digitsStart;
        while (end < text.length() && Character.digit(text.charAt(end), base == 8 || base == 2 ? 10 : base) >= 0) {
            end++;
        }
        String digits = text.substring(digitsStart, end);
        String suffix = text.substring(end);
        if (digits.isEmpty()) {
            diagnostics.error(token.reportPos(), text.length(), "invalid integer constant '" + text
                    + "'; write digits after the prefix");
            return new IntConstant(0, IntType.INT);
        }
        long value = 0;
        boolean overflow = false;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = Character.digit(c, base);
            if (d < 0) {
                String kind = base == 8 ? "octal" : "binary";
                diagnostics.error(token.reportPos(), text.length(), "invalid digit '" + c + "' in " + kind + " constant");
                return new IntConstant(0, IntType.INT);
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, base)) > 0) {
                overflow = true;
            }
            value = value * base + d;
        }
        if (overflow) {
            diagnostics.error(token.reportPos(), text.length(), "integer constant '" + text
                    + "' is too large for any integer type");
            return new IntConstant(0, IntType.INT);
        }
        String s = suffix.toLowerCase(Locale.ROOT);
        boolean unsigned = s.contains("u");
        String l = s.replace("u", "");
        boolean validSuffix = s.chars().filter(ch -> ch == 'u').count() <= 1
                && (s.isEmpty() || s.matches("u?(l|ll)?|(l|ll)u"))
                && !suffix.contains("lL") && !suffix.contains("Ll");
        if (!validSuffix) {
            diagnostics.error(token.reportPos(), text.length(), "invalid suffix '" + suffix + "' on integer constant");
            return new IntConstant(0, IntType.INT);
        }
        List<IntType> candidates = candidates(base == 10, unsigned, l.length());
        for (IntType t : candidates) {
            if (t.fits(value)) {
                return new IntConstant(value, t);
            }
        }
        // Only a decimal constant without u that exceeds LLONG_MAX gets here; gcc makes it unsigned.
        diagnostics.warning(token.reportPos(), text.length(), "integer constant '" + text
                + "' is so large that it is unsigned; add a 'u' suffix");
        return new IntConstant(value, IntType.UNSIGNED_LONG_LONG);
    }

    private static List<IntType> candidates(boolean decimal, boolean unsigned, int longs) {
        if (unsigned) {
            return switch (longs) {
                case 0 -> List.of(IntType.UNSIGNED_INT, IntType.UNSIGNED_LONG, IntType.UNSIGNED_LONG_LONG);
                case 1 -> List.of(IntType.UNSIGNED_LONG, IntType.UNSIGNED_LONG_LONG);
                default -> List.of(IntType.UNSIGNED_LONG_LONG);
            };
        }
        if (decimal) {
            return switch (longs) {
                case 0 -> List.of(IntType.INT, IntType.LONG, IntType.LONG_LONG);
                case 1 -> List.of(IntType.LONG, IntType.LONG_LONG);
                default -> List.of(IntType.LONG_LONG);
            };
        }
        return switch (longs) {
            case 0 -> List.of(IntType.INT, IntType.UNSIGNED_INT, IntType.LONG, IntType.UNSIGNED_LONG,
                    IntType.LONG_LONG, IntType.UNSIGNED_LONG_LONG);
            case 1 -> List.of(IntType.LONG, IntType.UNSIGNED_LONG, IntType.LONG_LONG, IntType.UNSIGNED_LONG_LONG);
            default -> List.of(IntType.LONG_LONG, IntType.UNSIGNED_LONG_LONG);
        };
    }

    private static NumberConstant parseFloat(Token token, String text, boolean hex, Diagnostics diagnostics) {
        FloatType type = FloatType.DOUBLE;
        String body = text;
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        if (last == 'f' && !hex || last == 'f' && hex && text.toLowerCase(Locale.ROOT).indexOf('p') >= 0) {
            type = FloatType.FLOAT;
            body = text.substring(0, text.length() - 1);
        } else if (last == 'l') {
            type = FloatType.LONG_DOUBLE;
            body = text.substring(0, text.length() - 1);
        }
        String pattern = hex
                ? "0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+"
                : "([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?";
        if (!body.matches(pattern)) {
            String why = hex && body.toLowerCase(Locale.ROOT).indexOf('p') < 0
                    ? "hexadecimal floating constant '" + text + "' needs an exponent; add p0"
                    : "invalid floating constant '" + text + "'";
            diagnostics.error(token.reportPos(), text.length(), why);
            return new FloatConstant(0.0, FloatType.DOUBLE);
        }
        double value = Double.parseDouble(body);
        if (type == FloatType.FLOAT) {
            value = (float) value;
        }
        return new FloatConstant(value, type);
    }

    /**
     * The value of a CHAR token. Plain constants are int with the value of a (signed) char; several
     * characters pack big-endian into an int with a warning, as gcc does; L, u and U constants hold
     * one code unit (the last one, with a warning, when there are several).
     */
    public static CharConstant decodeChar(Token token, Diagnostics diagnostics) {
        String text = token.text();
        Encoding encoding = Encoding.ofSpelling(text);
        Escapes.Units units = Escapes.decode(token, encoding, contentOf(text, '\''), diagnostics);
        int[] u = units.values();
        if (u.length == 0) {
            return new CharConstant(0, encoding);
        }
        if (encoding == Encoding.PLAIN || encoding == Encoding.UTF8) {
            if (u.length == 1) {
                return new CharConstant((byte) u[0], encoding);
            }
            if (u.length > 4) {
                diagnostics.warning(token.reportPos(), text.length(), "character constant too long for its type");
            } else {
                diagnostics.warning(token.reportPos(), text.length(), "multi-character character constant");
            }
            int value = 0;
            for (int b : u) {
                value = (value << 8) | (b & 0xff);
            }
            return new CharConstant(value, encoding);
        }
        if (u.length > 1) {
            diagnostics.warning(token.reportPos(), text.length(), "character constant too long for its type");
        }
        int last = u[u.length - 1];
        return new CharConstant(encoding == Encoding.UTF16 ? last & 0xffff : last, encoding);
    }

    /** The contents of one STRING token: UTF-8 bytes for plain and u8, code units for L, u, U. */
    public static StringLiteral decodeString(Token token, Diagnostics diagnostics) {
        Encoding encoding = Encoding.ofSpelling(token.text());
        return new StringLiteral(encoding, Escapes.decode(token, encoding, contentOf(token.text(), '"'), diagnostics).values());
    }

    /**
     * Adjacent string literals concatenated (translation phase 6): the result has the prefix of
     * any prefixed part; parts with two different prefixes are an error.
     */
    public static StringLiteral decodeStrings(List<Token> tokens, Diagnostics diagnostics) {
        Encoding encoding = Encoding.PLAIN;
        for (Token t : tokens) {
            Encoding e = Encoding.ofSpelling(t.text());
            if (e == Encoding.PLAIN || e == encoding) {
                continue;
            }
            if (encoding == Encoding.PLAIN) {
                encoding = e;
            } else {
                diagnostics.error(t.reportPos(), t.text().length(), "cannot join string literals with different prefixes '"
                        + encoding.prefix() + "' and '" + e.prefix() + "'");
            }
        }
        int[] all = new int[0];
        int n = 0;
        for (Token t : tokens) {
            int[] part = Escapes.decode(t, encoding, contentOf(t.text(), '"'), diagnostics).values();
            if (n + part.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, n + part.length));
            }
            System.arraycopy(part, 0, all, n, part.length);
            n += part.length;
        }
        return new StringLiteral(encoding, Arrays.copyOf(all, n));
    }

    /** The text between the quotes (tolerates a missing closing quote left by a lexical error). */
    private static String contentOf(String text, char quote) {
        int open = text.indexOf(quote);
        int end = text.length() > open + 1 && text.charAt(text.length() - 1) == quote ? text.length() - 1 : text.length();
        return text.substring(open + 1, Math.max(open + 1, end));
    }
}
