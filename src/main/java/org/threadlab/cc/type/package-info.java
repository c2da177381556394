/**
 * C types as the parser and the code generator see them (chibicc's {@code type.c}): LP64
 * sizes and alignments exactly as gcc on x86-64, struct and union layout, and the conversion
 * rules of C11 6.3 (integer promotions, usual arithmetic conversions, compatibility).
 */
package org.threadlab.cc.type;
