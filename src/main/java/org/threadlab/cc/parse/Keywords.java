package org.threadlab.cc.parse;

import java.util.Set;

/** C11 keywords and the GNU spellings ThreadLab accepts; identifiers arrive as IDENTIFIER tokens. */
final class Keywords {
    private Keywords() {
    }

    private static final Set<String> DECLARATION = Set.of(
            "void", "_Bool", "char", "short", "int", "long", "float", "double", "signed", "unsigned",
            "struct", "union", "enum", "typedef", "static", "extern", "auto", "register", "inline",
            "const", "volatile", "restrict", "_Atomic", "_Alignas", "_Noreturn", "_Thread_local",
            "__thread", "__restrict", "__restrict__", "__inline", "__inline__", "__const", "__volatile__",
            "__volatile", "__signed__", "__signed", "__attribute__", "__attribute", "__extension__",
            "typeof", "__typeof__", "__typeof", "_Complex", "__int128", "_Float128", "__builtin_va_list");

    private static final Set<String> OTHER = Set.of(
            "if", "else", "while", "do", "for", "switch", "case", "default", "break", "continue",
            "goto", "return", "sizeof", "_Alignof", "__alignof__", "_Generic", "_Static_assert",
            "__asm__", "asm", "__asm", "_Imaginary");

    static boolean isDeclarationKeyword(String s) {
        return DECLARATION.contains(s);
    }

    static boolean isKeyword(String s) {
        return DECLARATION.contains(s) || OTHER.contains(s);
    }
}
