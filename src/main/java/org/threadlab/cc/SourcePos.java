package org.threadlab.cc;

/** A place in a source file: 1-based line and column, as {@code file:line:col} prints it. */
public record SourcePos(SourceFile file, int line, int column) {

    /** "prog.c:12:9". */
    @Override
    public String toString() {
        return file.name() + ":" + line + ":" + column;
    }

    /** The text of this position's line. */
    public String lineText() {
        return file.line(line);
    }
}
