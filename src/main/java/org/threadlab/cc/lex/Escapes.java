package org.threadlab.cc.lex;

import java.util.Arrays;

import org.threadlab.cc.Diagnostics;

/**
 * Decodes the contents of a character constant or string literal into code units: source
 * characters and universal character names are encoded in the literal's encoding (UTF-8 for plain
 * and u8, UTF-16 for u, code points for L and U); simple, octal and hex escapes give one unit.
 */
final class Escapes {

    /** Decoded code units (bytes 0..255 for 1-byte encodings). */
    record Units(int[] values) {
    }

    private final Token token;
    private final Encoding encoding;
    private final String s;
    private final Diagnostics diagnostics;
    private int[] out = new int[16];
    private int n;

    private Escapes(Token token, Encoding encoding, String s, Diagnostics diagnostics) {
        this.token = token;
        this.encoding = encoding;
        this.s = s;
        this.diagnostics = diagnostics;
    }

    static Units decode(Token token, Encoding encoding, String content, Diagnostics diagnostics) {
        Escapes e = new Escapes(token, encoding, content, diagnostics);
        e.run();
        return new Units(Arrays.copyOf(e.out, e.n));
    }

    private void run() {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\') {
                int cp = s.codePointAt(i);
                emitCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            i = escape(i + 1);
        }
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
    private int escape(int i) {
        if (i >= s.length()) {
            emit('\\');
            return i;
        }
        char c = s.charAt(i);
        switch (c) {
            case 'n': emit('\n'); return i + 1;
            case 't': emit('\t'); return i + 1;
            case 'r': emit('\r'); return i + 1;
            case 'a': emit(7); return i + 1;
            case 'b': emit('\b'); return i + 1;
            case 'f': emit('\f'); return i + 1;
            case 'v': emit(11); return i + 1;
            case 'e': case 'E': emit(27); return i + 1;
            case '\\': case '\'': case '"': case '?': emit(c); return i + 1;
            default:
                break;
        }
        if (c >= '0' && c <= '7') {
            int value = 0;
            int j = i;
            while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                value = value * 8 + (s.charAt(j) - '0');
                j++;
            }
            emitChecked(value, "octal");
            return j;
        }
        if (c == 'x') {
            int j = i + 1;
            long value = 0;
            while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
                value = value * 16 + Character.digit(s.charAt(j), 16);
                if (value > 0xFFFF_FFFFL) {
                    value = 0x1_0000_0000L;
                }
                j++;
            }
            if (j == i + 1) {
                report("\\x used with no following hex digits; write \\x41 for 'A'");
                return j;
            }
            emitChecked(value, "hex");
            return j;
        }
        if (c == 'u' || c == 'U') {
            int digits = c == 'u' ? 4 : 8;
            int j = i + 1;
            while (j < s.length() && j < i + 1 + digits && Character.digit(s.charAt(j), 16) >= 0) {
                j++;
            }
            if (j - i - 1 < digits) {
                report("incomplete universal character name \\" + s.substring(i, j) + "; write " + digits + " hex digits");
                return j;
            }
            long cp = Long.parseLong(s.substring(i + 1, j), 16);
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                report("\\" + s.substring(i, j) + " is not a valid universal character");
                return j;
            }
            emitCodePoint((int) cp);
            return j;
        }
        diagnostics.warning(token.reportPos(), token.text().length(), "unknown escape sequence '\\" + c + "'");
        emitCodePoint(s.codePointAt(i));
        return i + Character.charCount(s.codePointAt(i));
    }

    private void emitChecked(long value, String kind) {
        long max = encoding.elementSize() == 1 ? 0xFF : encoding.elementSize() == 2 ? 0xFFFF : 0xFFFF_FFFFL;
        if (value > max) {
            diagnostics.warning(token.reportPos(), token.text().length(), kind + " escape sequence out of range");
        }
        emit((int) (value & max));
    }

    private void report(String message) {
        diagnostics.error(token.reportPos(), token.text().length(), message);
    }

    private void emitCodePoint(int cp) {
        switch (encoding) {
            case PLAIN, UTF8 -> {
                if (cp < 0x80) {
                    emit(cp);
                } else if (cp < 0x800) {
                    emit(0xC0 | cp >> 6);
                    emit(0x80 | cp & 0x3F);
                } else if (cp < 0x10000) {
                    emit(0xE0 | cp >> 12);
                    emit(0x80 | cp >> 6 & 0x3F);
                    emit(0x80 | cp & 0x3F);
                } else {
                    emit(0xF0 | cp >> 18);
                    emit(0x80 | cp >> 12 & 0x3F);
                    emit(0x80 | cp >> 6 & 0x3F);
                    emit(0x80 | cp & 0x3F);
                }
            }
            case UTF16 -> {
                for (char ch : Character.toChars(cp)) {
                    emit(ch);
                }
            }
            case WIDE, UTF32 -> emit(cp);
            default -> throw new AssertionError(encoding);
        }
    }

    private void emit(int unit) {
        if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = unit;
    }
}
