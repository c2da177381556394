package org.threadlab.explore.check;

/**
 * A lab-defined invariant compiled into the program: the C expression as written, the name its
 * diagnostics use ({@code invariant}), and the index of the generated function
 * {@code int f(void)} that evaluates it.
 */
public record Invariant(String expression, String sourceName, int function) {
}
