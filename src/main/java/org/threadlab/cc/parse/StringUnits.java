package org.threadlab.cc.parse;

import org.threadlab.cc.lex.Encoding;
import org.threadlab.cc.lex.StringLiteral;
import org.threadlab.cc.type.Type;

/** A string literal's code units (without the NUL) and its element type (char, wchar_t, char16_t, char32_t). */
record StringUnits(int[] units, Type elementType) {

    static StringUnits of(StringLiteral literal) {
        return new StringUnits(literal.units(), elementType(literal.encoding()));
    }

    /** char for plain and u8 strings, int (wchar_t) for L, unsigned short for u, unsigned int for U. */
    static Type elementType(Encoding encoding) {
        return switch (encoding) {
            case PLAIN, UTF8 -> Type.CHAR;
            case WIDE -> Type.INT;
            case UTF16 -> Type.USHORT;
            case UTF32 -> Type.UINT;
        };
    }
}
