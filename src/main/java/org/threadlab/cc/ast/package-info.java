/**
 * The typed abstract syntax tree the parser builds and the code generator walks. A
 * {@link org.threadlab.cc.ast.TranslationUnit} holds globals (with their initial bytes and
 * relocations), functions (each with its parameters, every local numbered by
 * {@link org.threadlab.cc.ast.Variable#id()}, and its body) and string literals. Every
 * {@link org.threadlab.cc.ast.Expr} has its final C type, a position and whether it is an
 * lvalue; every implicit conversion is an explicit {@link org.threadlab.cc.ast.Expr.Cast}
 * (array and function decay included), pointer arithmetic is already scaled, and a local whose
 * address is never taken ({@link org.threadlab.cc.ast.Variable#isAddressTaken()} false) may
 * live in a frame slot instead of memory. {@link org.threadlab.cc.ast.AstPrinter} prints it all
 * as S-expressions for tests.
 */
package org.threadlab.cc.ast;
