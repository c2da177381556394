package org.threadlab.cc.lex;

/**
 * A decoded character constant: its value and its encoding. The C type follows the encoding:
 * PLAIN and WIDE are int, UTF16 is char16_t (unsigned short), UTF32 is char32_t (unsigned int).
 */
public record CharConstant(int value, Encoding encoding) {
}
