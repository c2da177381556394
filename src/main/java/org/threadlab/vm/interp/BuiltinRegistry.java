package org.threadlab.vm.interp;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The builtins a machine can resolve, by C name. A program names the builtins it calls; the
 * machine looks each name up here once, at load.
 */
public final class BuiltinRegistry {
    private final Map<String, Builtin> builtins = new TreeMap<>();

    /** Adds {@code builtin} as {@code name}; a name may be registered once. */
    public BuiltinRegistry register(String name, Builtin builtin) {
        if (builtins.putIfAbsent(name, builtin) != null) {
            throw new IllegalArgumentException("builtin " + name + " is registered twice");
        }
        return this;
    }

    /**
     * Replaces the builtin {@code name}, if there is one, by {@code wrapper} applied to it (the
     * library makes its cancellation points this way); returns whether there was one.
     */
    public boolean wrap(String name, UnaryOperator<Builtin> wrapper) {
        Builtin b = builtins.get(name);
        if (b == null) {
            return false;
        }
        builtins.put(name, wrapper.apply(b));
        return true;
    }

    /** The builtin named {@code name}, or null. */
    public Builtin get(String name) {
        return builtins.get(name);
    }

    public boolean contains(String name) {
        return builtins.containsKey(name);
    }
}
