package org.threadlab.cc.lex;

/** The type C11 6.4.4.1 gives an integer constant on LP64 (int 4 bytes, long and long long 8). */
public enum IntType {
    INT(4, false),
    UNSIGNED_INT(4, true),
    LONG(8, false),
    UNSIGNED_LONG(8, true),
    LONG_LONG(8, false),
    UNSIGNED_LONG_LONG(8, true);

    private final int size;
    private final boolean unsigned;

    IntType(int size, boolean unsigned) {
        this.size = size;
        this.unsigned = unsigned;
    }

    /** Size in bytes. */
    public int size() {
        return size;
    }

    public boolean isUnsigned() {
        return unsigned;
    }

    /** True when {@code value} (taken as unsigned 64 bits when {@code unsignedValue}) fits this type. */
    boolean fits(long value) {
        if (size == 8) {
            return unsigned || value >= 0;
        }
        return unsigned ? Long.compareUnsigned(value, 0xFFFF_FFFFL) <= 0 : Long.compareUnsigned(value, Integer.MAX_VALUE) <= 0;
    }
}
