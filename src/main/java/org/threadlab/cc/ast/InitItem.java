package org.threadlab.cc.ast;

import org.threadlab.cc.type.Type;

/**
 * One store of an initializer, flattened: write {@code value} (already converted to
 * {@code type}) at {@code offset} bytes into the object. An aggregate's initializer is its
 * items in source order after the whole object is zero-filled; a later item at the same offset
 * overrides an earlier one (designators). A struct-typed item copies a whole struct. A
 * bit-field item ({@code bitWidth >= 0}) replaces only bits {@code bitOffset ..
 * bitOffset + bitWidth - 1} of the {@code type.size()}-byte unit at {@code offset}.
 */
public record InitItem(long offset, Type type, Expr value, int bitOffset, int bitWidth) {

    /** A whole-object store. */
    public InitItem(long offset, Type type, Expr value) {
        this(offset, type, value, 0, -1);
    }

    public boolean isBitField() {
        return bitWidth >= 0;
    }
}
