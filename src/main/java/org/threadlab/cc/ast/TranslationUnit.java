package org.threadlab.cc.ast;

import java.util.List;

/**
 * The parser's result for one translation unit: globals in declaration order (including static
 * locals and file-scope compound literals; extern-only declarations have {@code isDefined()}
 * false), every function declared or defined in declaration order, and the string literals
 * (globals named {@code .L.str.N}, char or wide arrays with their bytes as data).
 */
public record TranslationUnit(List<Variable> globals, List<Function> functions, List<Variable> stringLiterals) {
    public TranslationUnit {
        globals = List.copyOf(globals);
        functions = List.copyOf(functions);
        stringLiterals = List.copyOf(stringLiterals);
    }

    /** The function named {@code name}, or null. */
    public Function function(String name) {
        for (Function f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The global whose source name is {@code name} (first match), or null. */
    public Variable global(String name) {
        for (Variable v : globals) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }
}
