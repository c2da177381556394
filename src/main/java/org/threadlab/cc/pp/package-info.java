/**
 * The C preprocessor (translation phase 4), shaped like chibicc's preprocess.c: object-like and
 * function-like macros with {@code #}, {@code ##}, variadic arguments and Prosser's hidesets,
 * conditional inclusion with full {@code #if} constant expressions, {@code #include} of the
 * program's own files (from disk or from memory) and of ThreadLab's built-in headers, and the
 * predefined macros of an LP64 Linux target. Every problem is a diagnostic; budgets on include
 * depth, conditional nesting and expansion size keep hostile input fast.
 */
package org.threadlab.cc.pp;
