package org.threadlab.cc.link;

import org.threadlab.cc.SourceFile;
import org.threadlab.cc.ast.TranslationUnit;

/**
 * One parsed translation unit and the {@code .c} file it came from (diagnostics name the file;
 * {@code source} is null only for a single unit generated straight from an AST in tests).
 */
public record Unit(SourceFile source, TranslationUnit tu) {
}
