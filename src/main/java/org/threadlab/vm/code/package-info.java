/**
 * The bytecode compiled C runs on: {@link org.threadlab.vm.code.Program} (pure, immutable data),
 * the instruction set {@link org.threadlab.vm.code.Op} (one comment per opcode), a
 * {@link org.threadlab.vm.code.Verifier} run when a program is built, the emitters the code
 * generator uses ({@link org.threadlab.vm.code.ProgramBuilder},
 * {@link org.threadlab.vm.code.FunctionBuilder}), and the {@link org.threadlab.vm.code.Assembler}
 * and {@link org.threadlab.vm.code.Disassembler} for tests.
 *
 * <h2>Values</h2>
 * A stack machine over 64-bit values. Integers of 8, 16 and 32 bits are kept sign-extended to
 * 64 (the JVM's convention): the *_I32 operations wrap to 32 bits and sign-extend, and a value
 * of an unsigned 32-bit type is widened to a 64-bit type with ZEXT32. Comparisons are the same
 * for both widths (sign extension preserves signed and unsigned order). Pointers are 64-bit
 * addresses {@code segment << 32 | offset}. A double is its raw IEEE bits; a float is its raw
 * float bits in the low 32 bits (upper bits zero), so LOAD_U32/STORE_32 move floats and
 * LOAD_I64/STORE_64 move doubles. {@code _Bool} is 0 or 1 (the code generator normalises with
 * LNOT LNOT or NE 0).
 *
 * <h2>Chosen semantics where C leaves a choice</h2>
 * Signed and unsigned add, subtract, multiply and negate wrap. Division and remainder truncate
 * toward zero; a zero divisor faults "division by zero", and MIN / -1 and MIN % -1 fault
 * "integer overflow in division/remainder" (x86 traps on both). Shift counts are masked to the
 * width (count &amp; 31 or &amp; 63), as x86 does. Float to integer conversions truncate; out of range
 * saturates (Java's rule), NaN gives 0. Floating point is IEEE via Java float and double, with no
 * faults.
 *
 * <h2>Frames and the calling convention</h2>
 * A function has {@code slots} 64-bit registers (parameters in slots 0..params-1, then locals
 * whose address is never taken) and {@code frameSize} bytes of frame memory on the thread's
 * stack segment (FRAME_ADDR offset), 16-byte aligned, for address-taken locals, arrays and
 * structs. The caller pushes the arguments first to last and executes {@code CALL f n} or pushes
 * the function pointer last and executes {@code CALL_INDIRECT n}; the arguments are popped and
 * one value is pushed: the callee's return value (RET pops it; a void function returns 0 and the
 * caller pops it). A parameter whose address is taken is copied by the callee's prologue from its
 * slot to frame memory. Structs and unions are passed and returned by address: the caller copies
 * a struct argument into its own frame memory and passes its address (the callee copies it into
 * its frame if it takes the address or modifies it); a function returning a struct takes a hidden
 * first parameter, the address where the result goes, and returns that address. A call through a
 * pointer with too few arguments gives the missing parameters 0; extra arguments to a
 * non-variadic function are dropped (so {@code void *worker()} works as a start routine).
 * Frame memory is not cleared on entry (an uninitialised local holds whatever an earlier call
 * left, deterministically); the code generator emits ZERO for initialisers. A VLA or alloca takes
 * stack memory with ALLOCA until the function returns; a block declaring VLAs inside a loop
 * brackets itself with STACK_SAVE / STACK_RESTORE so each iteration gives its memory back.
 *
 * <h2>Verification</h2>
 * A Program checks each function when it is built: known opcodes with complete, in-range
 * operands, jumps to instruction starts, the same operand stack depth on every path into an
 * instruction (as the JVM requires: an expression's value never stays on the stack across a
 * join, so {@code ?:} and {@code &&} leave exactly one value on both arms), no underflow and no
 * falling off the end. A function that reaches its end without {@code return} must still end in
 * RET (the code generator emits {@code CONST 0; RET}).
 *
 * <h2>Variadic ABI</h2>
 * {@code CALL f n} with n greater than f's parameters (f variadic) stores the extra arguments,
 * each as one 8-byte little-endian value in order, in the callee's variadic area on its own stack
 * (just above its frame memory). Integer arguments narrower than 64 bits are passed sign- or
 * zero-extended as their promoted type says; float arguments are promoted to double by the
 * caller (C's default argument promotions). In the callee, {@code VA_START} pushes the area's
 * address, so {@code va_list} is a plain pointer ({@code typedef char *va_list}):
 * {@code va_start(ap, last)} is {@code ap = VA_START}; {@code va_arg(ap, T)} loads 8 bytes at
 * {@code ap} (then narrows to T) and adds 8 to {@code ap}; {@code va_end} does nothing;
 * {@code va_copy} copies the pointer. Builtins (printf) receive all their arguments in their
 * {@code BuiltinCall}; v-functions (vprintf) receive the va_list pointer and read the area.
 * A struct passed to a variadic function is passed by address like any struct argument.
 *
 * <h2>Steps</h2>
 * Slot, constant, arithmetic and jump instructions never end a step. A load, store, STRUCT_COPY or ZERO
 * ends the step when it touches any segment other than the running thread's own stack, or its
 * own stack once another thread has accessed it. BUILTIN (and CALL_INDIRECT of a builtin)
 * always ends the step: a library call is one atomic step.
 */
package org.threadlab.vm.code;
