package org.threadlab.vm.code;

/**
 * An address inside a global's initial image, written when the program is loaded: at byte
 * {@code offset} of the global, the 8-byte address of {@code target} number {@code index} plus
 * {@code addend} (e.g. {@code char *p = &buf[4];} or {@code void (*f)(void) = worker;}).
 */
public record Relocation(int offset, Target target, int index, long addend) {
    /** What a relocation points at. */
    public enum Target {
        GLOBAL,
        STRING,
        FUNCTION,
        BUILTIN
    }
}
