package org.threadlab.vm;

/** The kinds of {@link Fault}: each names one way a C program can go wrong at run time. */
public enum FaultKind {
    /** An access through a pointer into the NULL guard segment near address 0. */
    NULL_POINTER,
    /** An access to an address that belongs to no segment (or to function code). */
    INVALID_ADDRESS,
    /** An access outside the bounds of a live object (global, string, heap block, stack). */
    OUT_OF_BOUNDS,
    /** An access to a heap block after free, or to the stack of a thread that has exited. */
    USE_AFTER_FREE,
    /** free() of a block already freed. */
    DOUBLE_FREE,
    /** free() or realloc() of a pointer that is not the start of a heap block. */
    INVALID_FREE,
    /** A thread's frames outgrew its stack segment. */
    STACK_OVERFLOW,
    /** Integer division or remainder by zero. */
    DIVISION_BY_ZERO,
    /** INT_MIN / -1 or INT_MIN % -1 (x86 traps on these too). */
    INTEGER_OVERFLOW,
    /** A call through a value that is not the address of a function. */
    INVALID_FUNCTION_POINTER,
    /** A store into a string literal or a read-only global. */
    WRITE_TO_READ_ONLY,
    /** A sandbox budget ran out: instructions, memory, threads, output or call depth. */
    BUDGET,
    /** A library function rejected its arguments (for the C library stage). */
    LIBRARY
}
