package org.threadlab.cc.lex;

/**
 * The encoding prefix of a character constant or string literal and the code units it produces:
 * none and u8 give UTF-8 bytes (char), L gives 4-byte wchar_t (int on Linux), u gives 2-byte
 * char16_t units (UTF-16), U gives 4-byte char32_t code points.
 */
public enum Encoding {
    PLAIN("", 1),
    UTF8("u8", 1),
    WIDE("L", 4),
    UTF16("u", 2),
    UTF32("U", 4);

    private final String prefix;
    private final int elementSize;

    Encoding(String prefix, int elementSize) {
        this.prefix = prefix;
        this.elementSize = elementSize;
    }

    public String prefix() {
        return prefix;
    }

    /** Size in bytes of one element of a string of this encoding. */
    public int elementSize() {
        return elementSize;
    }

    /** The encoding named by the prefix of a literal's spelling ({@code u8"x"} is UTF8). */
    public static Encoding ofSpelling(String text) {
        if (text.startsWith("u8")) {
            return UTF8;
        }
        if (text.isEmpty()) {
            return PLAIN;
        }
        switch (text.charAt(0)) {
            case 'L':
                return WIDE;
            case 'u':
                return UTF16;
            case 'U':
                return UTF32;
            default:
                return PLAIN;
        }
    }
}
