package org.threadlab.cc.parse;

import java.util.List;
import java.util.Set;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.type.Type;

/**
 * GNU builtins whose result type depends on their arguments ({@code __sync_*}, {@code __atomic_*})
 * or that need no declaration ({@code __builtin_expect}). They stay calls (to a Function of that
 * name that is not in the translation unit); codegen recognises them by
 * {@link Expr.Call#directName()}. Value arguments are converted to the pointee type of the first
 * argument; memory-order arguments to int. {@code __builtin_va_start(ap, last)},
 * {@code __builtin_va_end(ap)} and {@code __builtin_va_copy(dst, src)} receive the
 * {@code va_list} variables themselves (lvalues of type {@code void *}): codegen takes their
 * addresses.
 */
final class Builtins {
    private Builtins() {
    }

    private static final Set<String> POINTEE_RESULT = Set.of(
            "__sync_fetch_and_add", "__sync_fetch_and_sub", "__sync_fetch_and_or", "__sync_fetch_and_and",
            "__sync_fetch_and_xor", "__sync_fetch_and_nand", "__sync_add_and_fetch", "__sync_sub_and_fetch",
            "__sync_or_and_fetch", "__sync_and_and_fetch", "__sync_xor_and_fetch", "__sync_nand_and_fetch",
            "__sync_val_compare_and_swap", "__sync_lock_test_and_set", "__atomic_load_n", "__atomic_exchange_n",
            "__atomic_fetch_add", "__atomic_fetch_sub", "__atomic_fetch_or", "__atomic_fetch_and",
            "__atomic_fetch_xor", "__atomic_fetch_nand", "__atomic_add_fetch", "__atomic_sub_fetch",
            "__atomic_or_fetch", "__atomic_and_fetch", "__atomic_xor_fetch", "__atomic_nand_fetch");

    private static final Set<String> BOOL_RESULT = Set.of(
            "__sync_bool_compare_and_swap", "__atomic_compare_exchange_n", "__atomic_test_and_set");

    private static final Set<String> VOID_RESULT = Set.of(
            "__sync_synchronize", "__sync_lock_release", "__atomic_store_n", "__atomic_thread_fence",
            "__atomic_signal_fence", "__atomic_clear", "__builtin_unreachable", "__builtin_trap",
            "__builtin_va_start", "__builtin_va_end", "__builtin_va_copy");

    static boolean isBuiltin(String name) {
        return POINTEE_RESULT.contains(name) || BOOL_RESULT.contains(name) || VOID_RESULT.contains(name)
                || name.equals("__builtin_expect");
    }

    /** True when the builtin's first argument must be a pointer to the object it works on. */
    static boolean needsObjectPointer(String name) {
        return name.startsWith("__sync_") && !name.equals("__sync_synchronize") || name.startsWith("__atomic_")
                && !name.endsWith("_fence");
    }

    /** The result type of a call to builtin {@code name} with these (decayed) arguments. */
    static Type resultType(String name, List<Expr> args) {
        if (name.equals("__builtin_expect")) {
            return Type.LONG;
        }
        if (VOID_RESULT.contains(name)) {
            return Type.VOID;
        }
        if (BOOL_RESULT.contains(name)) {
            return Type.BOOL;
        }
        return args.isEmpty() || !args.get(0).type().isPointer() ? Type.INT : args.get(0).type().base().unqualified();
    }
}
