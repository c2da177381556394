package org.threadlab.vm;

/**
 * Thrown by memory and library code when the C program faults; the interpreter catches it,
 * adds the thread and the source position, and turns it into a {@link Fault}. Carries no Java
 * stack trace: it is an outcome of the student's program, never a bug of ThreadLab.
 */
public final class FaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FaultKind kind;
    private final long address;

    /** {@code address} is the faulting address, or 0 when the fault has none. */
    public FaultException(FaultKind kind, String message, long address) {
        super(message, null, false, false);
        this.kind = kind;
        this.address = address;
    }

    public FaultException(FaultKind kind, String message) {
        this(kind, message, 0);
    }

    public FaultKind kind() {
        return kind;
    }

    public long address() {
        return address;
    }
}
