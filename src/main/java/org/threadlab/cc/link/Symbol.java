package org.threadlab.cc.link;

import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Variable;

/**
 * A definition in the linked program: a function or a global (exactly one of the two is set), the
 * unit that defines it (index into the linker's unit list) and its name in the compiled program.
 * That name is the C name, except for a private symbol whose name another symbol of the program
 * also has: {@code count@b.c}, so traces and backtraces can tell the two apart.
 */
public record Symbol(String name, int unit, Function function, Variable variable) {

    public boolean isFunction() {
        return function != null;
    }

    /** Where the definition is, for "first defined at ...". */
    public SourcePos definitionPos() {
        return positionOf(function, variable);
    }

    static SourcePos positionOf(Function function, Variable variable) {
        SourcePos at = function != null ? function.definitionPos() : variable.definitionPos();
        return at != null ? at : function != null ? function.pos() : variable.pos();
    }
}
