package org.threadlab.vm.mem;

/** What a segment holds; decides its fault messages and whether accesses to it are shared. */
public enum SegmentKind {
    /** Segment 0: no bytes; any access is a NULL dereference or an invalid address. */
    NULL_GUARD,
    /** Segment 1: function addresses; no bytes can be read or written. */
    CODE,
    /** One global (or static) object; read-only when declared const. */
    GLOBAL,
    /** One string literal, read-only. */
    STRING,
    /** One block from malloc, calloc or realloc. */
    HEAP,
    /** One thread's stack. Local to its owner until another thread touches it. */
    STACK
}
