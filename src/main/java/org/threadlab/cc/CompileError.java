package org.threadlab.cc;

/** A compile that failed: carries every diagnostic; its message is their rendering. */
public final class CompileError extends RuntimeException {
    private final transient Diagnostics diagnostics;

    public CompileError(Diagnostics diagnostics) {
        super(diagnostics.render(), null, false, false);
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
