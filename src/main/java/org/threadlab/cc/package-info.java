/**
 * The C front end, staged like a small real C compiler (chibicc): lex, preprocess, parse with
 * types, link the translation units of a program, generate bytecode for the VM. This package holds what every stage shares: source files,
 * positions and diagnostics in the {@code file:line:col} form students know from gcc.
 */
package org.threadlab.cc;
