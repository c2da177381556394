package org.threadlab.cc.lex;

import java.util.Arrays;

/**
 * A decoded string literal: its encoding and its code units without the terminating zero. For
 * PLAIN and UTF8 strings the units are bytes (0..255); for L, u and U strings they are the
 * wchar_t, char16_t or char32_t values.
 */
public record StringLiteral(Encoding encoding, int[] units) {

    public StringLiteral {
        units = units.clone();
    }

    @Override
    public int[] units() {
        return units.clone();
    }

    /** Number of elements including the terminating zero: the array length of the literal. */
    public int length() {
        return units.length + 1;
    }

    /** The bytes of the array object, little-endian, with the terminating zero element. */
    public byte[] toBytes() {
        int size = encoding.elementSize();
        byte[] out = new byte[(units.length + 1) * size];
        for (int i = 0; i < units.length; i++) {
            for (int b = 0; b < size; b++) {
                out[i * size + b] = (byte) (units[i] >>> (8 * b));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringLiteral s && s.encoding == encoding && Arrays.equals(s.units, units);
    }

    @Override
    public int hashCode() {
        return encoding.hashCode() * 31 + Arrays.hashCode(units);
    }

    @Override
    public String toString() {
        return encoding.prefix() + Arrays.toString(units);
    }
}
