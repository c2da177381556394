/**
 * Translation phases 1-3: the lexer turns a {@link org.threadlab.cc.SourceFile} into
 * {@link org.threadlab.cc.lex.Token}s (line splices, comments, literals, punctuators), and
 * {@code Literals} decodes numbers, characters and strings for the later stages.
 */
package org.threadlab.cc.lex;
