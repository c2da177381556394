package org.threadlab.vm.lib;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.threadlab.vm.interp.BuiltinRegistry;

/**
 * math.h over StrictMath (the same bits on every JVM). double functions take and return raw
 * double bits; the f variants (sqrtf, ...) raw float bits in the low 32. No -lm is needed.
 */
final class MathLib {
    private MathLib() {
    }

    private static void unary(BuiltinRegistry r, String name, DoubleUnaryOperator f) {
        r.register(name, c -> Double.doubleToRawLongBits(f.applyAsDouble(c.argDouble(0))));
        r.register(name + "f", c -> Float.floatToRawIntBits((float) f.applyAsDouble(
                Float.intBitsToFloat((int) c.arg(0)))) & 0xFFFFFFFFL);
    }

    private static void binary(BuiltinRegistry r, String name, DoubleBinaryOperator f) {
        r.register(name, c -> Double.doubleToRawLongBits(f.applyAsDouble(c.argDouble(0), c.argDouble(1))));
        r.register(name + "f", c -> Float.floatToRawIntBits((float) f.applyAsDouble(
                Float.intBitsToFloat((int) c.arg(0)), Float.intBitsToFloat((int) c.arg(1)))) & 0xFFFFFFFFL);
    }

    /** C's round: halfway cases away from zero. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double t = x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x);
        return Math.abs(x - t) >= 0.5 ? t + Math.copySign(1.0, x) : t;
    }

    static void install(BuiltinRegistry r) {
        unary(r, "sqrt", StrictMath::sqrt);
        unary(r, "cbrt", StrictMath::cbrt);
        unary(r, "fabs", Math::abs);
        unary(r, "floor", StrictMath::floor);
        unary(r, "ceil", StrictMath::ceil);
        unary(r, "trunc", x -> x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x));
        unary(r, "round", MathLib::round);
        unary(r, "exp", StrictMath::exp);
        unary(r, "log", StrictMath::log);
        unary(r, "log10", StrictMath::log10);
        unary(r, "log2", x -> StrictMath.log(x) / StrictMath.log(2.0));
        unary(r, "sin", StrictMath::sin);
        unary(r, "cos", StrictMath::cos);
        unary(r, "tan", StrictMath::tan);
        unary(r, "asin", StrictMath::asin);
        unary(r, "acos", StrictMath::acos);
        unary(r, "atan", StrictMath::atan);
        unary(r, "sinh", StrictMath::sinh);
        unary(r, "cosh", StrictMath::cosh);
        unary(r, "tanh", StrictMath::tanh);
        binary(r, "pow", StrictMath::pow);
        binary(r, "atan2", StrictMath::atan2);
        binary(r, "hypot", StrictMath::hypot);
        binary(r, "fmod", (a, b) -> a % b);
        binary(r, "fmin", (a, b) -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b));
        binary(r, "fmax", (a, b) -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b));
        r.register("__threadlab_isinf", c -> Double.isInfinite(c.argDouble(0)) ? (c.argDouble(0) > 0 ? 1 : -1) : 0);
    }
}
