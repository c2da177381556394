package org.threadlab.vm.interp;

/**
 * Told before every builtin call (the calls that end a step as a kernel or library call), with
 * the builtin's C name and its arguments, for the explorer's dependency relation (DPOR). Builtins
 * read and write memory without telling the {@link AccessListener}; a listener that needs their
 * footprint derives it from the name and the arguments. With no listener set the VM pays one
 * null check a call.
 */
@FunctionalInterface
public interface BuiltinListener {
    /** {@code thread} is about to call builtin {@code name}; {@code call} holds its arguments. */
    void beforeBuiltin(VmThread thread, String name, BuiltinCall call);

    /** A listener telling {@code first}, then {@code second}; either may be null. */
    static BuiltinListener chain(BuiltinListener first, BuiltinListener second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return (thread, name, call) -> {
            first.beforeBuiltin(thread, name, call);
            second.beforeBuiltin(thread, name, call);
        };
    }
}
