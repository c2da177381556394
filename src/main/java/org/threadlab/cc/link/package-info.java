/**
 * The linker: joins the translation units of a program made of several {@code .c} files, as
 * {@code ld} does for gcc's object files. {@link org.threadlab.cc.link.SymbolTable} resolves each
 * unit's names to program symbols: functions and globals with external linkage are shared by name
 * across units (one definition each; gcc 12's {@code -fno-common}, so {@code int x;} in two files
 * is a multiple definition), while {@code static} functions and globals, static locals and string
 * literals stay private to their unit. The code generator asks the table for every name it emits,
 * so there is no second pass over compiled code. Types are not compared across units: C does not
 * check them at link time.
 */
package org.threadlab.cc.link;
