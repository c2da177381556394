package org.threadlab.vm.code;

import java.util.ArrayList;
import java.util.List;

/**
 * The compiled form of one C program, pure data: functions, globals with their initial images
 * and relocations, string literals (each with its terminating NUL), a pool of 64-bit constants
 * and the names of the library builtins it calls (BUILTIN operands index this list; the machine
 * resolves the names against its builtin registry at load). Building a Program verifies every
 * function ({@link Verifier}), so a code generator bug surfaces here, not as a strange run.
 */
public final class Program {
    private final List<Function> functions;
    private final List<Global> globals;
    private final List<byte[]> strings;
    private final long[] constants;
    private final List<String> builtins;

    /** Throws IllegalArgumentException naming the function and instruction for malformed code. */
    public Program(List<Function> functions, List<Global> globals, List<byte[]> strings, long[] constants,
                   List<String> builtins) {
        this.functions = List.copyOf(functions);
        this.globals = List.copyOf(globals);
        List<byte[]> copies = new ArrayList<>();
        for (byte[] s : strings) {
            if (s.length == 0 || s[s.length - 1] != 0) {
                throw new IllegalArgumentException("string literal " + copies.size() + " must end with its NUL");
            }
            copies.add(s.clone());
        }
        this.strings = List.copyOf(copies);
        this.constants = constants.clone();
        this.builtins = List.copyOf(builtins);
        for (Global g : globals) {
            for (Relocation r : g.relocations()) {
                int limit = switch (r.target()) {
                    case GLOBAL -> globals.size();
                    case STRING -> strings.size();
                    case FUNCTION -> functions.size();
                    case BUILTIN -> builtins.size();
                };
                if (r.index() < 0 || r.index() >= limit) {
                    throw new IllegalArgumentException("global " + g.name() + ": relocation to missing "
                            + r.target() + " " + r.index());
                }
            }
        }
        for (Function f : this.functions) {
            Verifier.verify(this, f);
        }
    }

    public List<Function> functions() {
        return functions;
    }

    public Function function(int index) {
        return functions.get(index);
    }

    /** Index of the function named {@code name}, or -1. */
    public int functionIndex(String name) {
        for (int i = 0; i < functions.size(); i++) {
            if (functions.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public List<Global> globals() {
        return globals;
    }

    /** Index of the global named {@code name}, or -1. */
    public int globalIndex(String name) {
        for (int i = 0; i < globals.size(); i++) {
            if (globals.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public int stringCount() {
        return strings.size();
    }

    /** A copy of string literal {@code index}, NUL included. */
    public byte[] string(int index) {
        return strings.get(index).clone();
    }

    public int constantCount() {
        return constants.length;
    }

    public long constant(int index) {
        return constants[index];
    }

    /** A copy of the constant pool. */
    public long[] constants() {
        return constants.clone();
    }

    public List<String> builtins() {
        return builtins;
    }
}
