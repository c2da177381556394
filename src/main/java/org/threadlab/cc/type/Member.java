package org.threadlab.cc.type;

import org.threadlab.cc.SourcePos;

/**
 * One struct or union member: its name ({@code null} for an anonymous struct/union member),
 * type, byte offset from the start of the enclosing object, and where it was declared. A
 * bit-field has {@code bitWidth >= 0}: its value is the {@code bitWidth} bits starting at bit
 * {@code bitOffset} (from the least significant bit, little-endian) of the storage unit of
 * {@code type.size()} bytes at {@code offset}; for other members {@code bitWidth} is -1.
 */
public record Member(String name, Type type, long offset, SourcePos pos, int bitOffset, int bitWidth) {

    /** An ordinary (non-bit-field) member. */
    public Member(String name, Type type, long offset, SourcePos pos) {
        this(name, type, offset, pos, 0, -1);
    }

    /** A bit-field member as declared (offset and bit offset are computed by the layout). */
    public static Member bitField(String name, Type type, int width, SourcePos pos) {
        return new Member(name, type, 0, pos, 0, width);
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean isBitField() {
        return bitWidth >= 0;
    }
}
