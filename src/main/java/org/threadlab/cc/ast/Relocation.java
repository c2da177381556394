package org.threadlab.cc.ast;

/**
 * An address in a global's initial data: the 8 bytes at {@code offset} hold the address of the
 * symbol {@code target} (a global's {@link Variable#linkName()}, a function's name, or a string
 * literal's name) plus {@code addend}.
 */
public record Relocation(long offset, String target, long addend) {
}
