/**
 * The parser (chibicc's {@code parse.c}): recursive descent over preprocessed tokens, methods
 * named after the C grammar's rules, adding types while it builds the AST and inserting every
 * implicit conversion as a cast. Entry point: {@link org.threadlab.cc.parse.Parser#parse}.
 * Errors are diagnostics with recovery at ';' and '}', never exceptions escaping to the caller
 * other than {@link org.threadlab.cc.CompileError} past the error limit.
 */
package org.threadlab.cc.parse;
