package org.threadlab.cc.lex;

/** The value of a NUMBER token: an integer or a floating constant. */
public sealed interface NumberConstant permits NumberConstant.IntConstant, NumberConstant.FloatConstant {

    /**
     * An integer constant: its 64 bits ({@code bits}; read them as unsigned when the type is
     * unsigned; for 4-byte types the value fits in 32 bits) and its C type.
     */
    record IntConstant(long bits, IntType type) implements NumberConstant {
    }

    /** A floating constant; FLOAT values are already rounded to float precision. */
    record FloatConstant(double value, FloatType type) implements NumberConstant {
    }

    /** The type of a floating constant. ThreadLab treats long double as double. */
    enum FloatType {
        FLOAT,
        DOUBLE,
        LONG_DOUBLE
    }
}
