/**
 * The code generator: typed AST ({@code org.threadlab.cc.ast}) to VM bytecode
 * ({@code org.threadlab.vm.code}). {@link org.threadlab.cc.gen.CodeGenerator} does the program
 * (globals, relocations, symbols, link-time style errors), one per translation unit, all units of
 * a program sharing one program builder and resolving names through the linker's symbol table
 * ({@code org.threadlab.cc.link}); per function, {@code FunctionGenerator}
 * (statements) extends {@code ExpressionGenerator} (expressions, lvalue places) extends
 * {@code Emitter} (frame, loads, stores, conversions), with {@code CallGenerator} for calls and
 * GNU builtins and {@code Code} tracking the operand stack depth.
 *
 * <h2>What the C library sees</h2>
 * <ul>
 *   <li>A function declared but defined in no translation unit of the program is called with
 *       {@code BUILTIN name n} and addressed with {@code BUILTIN_ADDR}: the VM resolves it by its
 *       C name in its registry. Pass the registry's {@code contains} to
 *       {@code Compiler.compile(..., library)} to turn a missing one into "undefined reference".</li>
 *   <li>Integer results are narrowed by the caller to the declared return type, so a builtin may
 *       return an {@code unsigned int} zero- or sign-extended.</li>
 *   <li>Struct arguments are passed by address (a caller-owned copy); a function returning a struct,
 *       library ones included, gets a hidden first argument: where to write the result; it returns
 *       that address.</li>
 *   <li>{@code __sync_*} and {@code __atomic_*} become calls named as GCC's libatomic does, with the
 *       object's size: {@code __sync_fetch_and_add_4(ptr, value)},
 *       {@code __sync_val_compare_and_swap_8(ptr, expected, desired)},
 *       {@code __sync_bool_compare_and_swap_4}, {@code __sync_lock_test_and_set_4},
 *       {@code __sync_lock_release_4}, {@code __atomic_load_4(ptr, order)},
 *       {@code __atomic_store_4(ptr, value, order)}, {@code __atomic_exchange_4},
 *       {@code __atomic_compare_exchange_4(ptr, expected_ptr, desired, weak, success, failure)},
 *       {@code __atomic_fetch_add_4(ptr, value, order)} (also sub, and, or, xor, nand and the
 *       {@code _add_fetch} forms); {@code __sync_synchronize}, {@code __atomic_thread_fence},
 *       {@code __atomic_signal_fence}, {@code __atomic_test_and_set} and {@code __atomic_clear}
 *       keep their names. Values arrive in the VM's canonical form (sign-extended as their type
 *       says). {@code ++}, {@code --} and {@code op=} (+ - &amp; | ^) on an {@code _Atomic} object
 *       in memory call {@code __atomic_fetch_<op>_<size>(ptr, value, 5)}; other operators, and
 *       floating and {@code _Bool} objects, loop on {@code __atomic_compare_exchange_<size>(ptr, &expected,
 *       desired, 0, 5, 5)}, which on failure must store the current value into expected.</li>
 *   <li>Any other {@code __builtin_x(...)} calls the library's {@code x}; {@code __builtin_trap}
 *       calls {@code abort}; {@code __builtin_expect}, {@code __builtin_unreachable} and
 *       {@code alloca} are inlined (alloca is the ALLOCA instruction). The stdarg builtins are
 *       inlined (va_list is a pointer into the variadic area): v-functions such as
 *       {@code vprintf} receive that pointer.</li>
 * </ul>
 */
package org.threadlab.cc.gen;
