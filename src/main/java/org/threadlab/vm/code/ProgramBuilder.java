package org.threadlab.vm.code;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a {@link Program} for the code generator: functions declared by name before they are
 * defined (so calls may come first), globals, interned string literals, pooled 64-bit constants
 * and the builtins the program calls. Indexes are handed out in order of first use, so the same
 * source always gives the same Program.
 */
public final class ProgramBuilder {
    private final Map<String, Integer> functionIndex = new LinkedHashMap<>();
    private final List<Function> functions = new ArrayList<>();
    private final Map<String, Integer> globalIndex = new LinkedHashMap<>();
    private final List<Global> globals = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new LinkedHashMap<>();
    private final List<byte[]> strings = new ArrayList<>();
    private final Map<Long, Integer> constantIndex = new LinkedHashMap<>();
    private final Map<String, Integer> builtinIndex = new LinkedHashMap<>();

    /** The index of function {@code name}, declaring it on first use. */
    public int function(String name) {
        Integer i = functionIndex.get(name);
        if (i == null) {
            i = functions.size();
            functionIndex.put(name, i);
            functions.add(null);
        }
        return i;
    }

    /** Defines a declared (or new) function; a function may be defined once. */
    public int define(Function f) {
        int i = function(f.name);
        if (functions.get(i) != null) {
            throw new IllegalStateException("function " + f.name + " is defined twice");
        }
        functions.set(i, f);
        return i;
    }

    /** Functions declared (called or addressed) but never defined, in order of first use. */
    public List<String> undefinedFunctions() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : functionIndex.entrySet()) {
            if (functions.get(e.getValue()) == null) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The index of global {@code name}, declaring it (as 0 bytes until defined) on first use. */
    public int global(String name) {
        Integer i = globalIndex.get(name);
        if (i == null) {
            i = globals.size();
            globalIndex.put(name, i);
            globals.add(null);
        }
        return i;
    }

    /** True when global {@code name} has been defined (not only declared). */
    public boolean isDefined(String name) {
        Integer i = globalIndex.get(name);
        return i != null && globals.get(i) != null;
    }

    /** Defines global {@code g} (its name may already be declared). */
    public int define(Global g) {
        int i = global(g.name());
        if (globals.get(i) != null) {
            throw new IllegalStateException("global " + g.name() + " is defined twice");
        }
        globals.set(i, g);
        return i;
    }

    /** The index of a string literal with {@code bytes} (no NUL; one is added); equal literals share one. */
    public int string(byte[] bytes) {
        String key = new String(bytes, StandardCharsets.ISO_8859_1);
        Integer i = stringIndex.get(key);
        if (i == null) {
            i = strings.size();
            stringIndex.put(key, i);
            strings.add(Arrays.copyOf(bytes, bytes.length + 1));
        }
        return i;
    }

    /** The constant-pool index of {@code bits}. */
    public int constant(long bits) {
        return constantIndex.computeIfAbsent(bits, k -> constantIndex.size());
    }

    /** The builtin-table index of library function {@code name}. */
    public int builtin(String name) {
        return builtinIndex.computeIfAbsent(name, k -> builtinIndex.size());
    }

    /** The program; throws IllegalStateException naming the first function or global left undefined. */
    public Program build() {
        List<String> missing = undefinedFunctions();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("function " + missing.get(0) + " is used but never defined");
        }
        for (Map.Entry<String, Integer> e : globalIndex.entrySet()) {
            if (globals.get(e.getValue()) == null) {
                throw new IllegalStateException("global " + e.getKey() + " is used but never defined");
            }
        }
        long[] pool = constantIndex.keySet().stream().mapToLong(Long::longValue).toArray();
        return new Program(functions, globals, strings, pool, List.copyOf(builtinIndex.keySet()));
    }
}
