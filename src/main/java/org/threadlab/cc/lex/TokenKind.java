package org.threadlab.cc.lex;

/** Token kinds, as C's translation phases see them (chibicc's TK_*). */
public enum TokenKind {
    /** An identifier; keywords stay identifiers until the parser reads them (they may be macro names). */
    IDENTIFIER,
    /** A preprocessing number: "42", "0x1fUL", "1.5e-3f" (converted to a value by the parser). */
    NUMBER,
    /** A character constant with its quotes and prefix: 'a', '\n', L'x'. */
    CHAR,
    /** A string literal with its quotes and prefix: "hi\n", u8"x". */
    STRING,
    /** An operator or punctuator: "+", "->", "...", "#", "##". */
    PUNCTUATOR,
    /** End of the token stream; its position is the end of the main file. */
    EOF
}
