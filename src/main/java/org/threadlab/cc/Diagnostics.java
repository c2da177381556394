package org.threadlab.cc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The messages of one compile, in the order found. Stages report here and carry on where they
 * can, so one compile shows as many independent errors as possible; past {@link #MAX_ERRORS}
 * errors the compile stops with {@link CompileError}.
 */
public final class Diagnostics {
    public static final int MAX_ERRORS = 20;

    private final List<Diagnostic> messages = new ArrayList<>();
    private int errors;

    public void error(SourcePos pos, int length, String message) {
        add(Diagnostic.error(pos, length, message));
    }

    public void warning(SourcePos pos, int length, String message) {
        add(Diagnostic.warning(pos, length, message));
    }

    public void add(Diagnostic d) {
        messages.add(d);
        if (d.isError() && ++errors >= MAX_ERRORS) {
            throw new CompileError(this);
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public List<Diagnostic> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** Throws {@link CompileError} when any error was reported. */
    public void throwIfErrors() {
        if (errors > 0) {
            throw new CompileError(this);
        }
    }

    /** Every message rendered, separated by newlines, with a count line when there are errors. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : messages) {
            sb.append(d.render()).append('\n');
        }
        if (errors > 0) {
            sb.append(errors).append(errors == 1 ? " error" : " errors").append(" generated.\n");
        }
        return sb.toString();
    }
}
