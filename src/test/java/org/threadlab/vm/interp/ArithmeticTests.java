package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threadlab.vm.FaultKind;

/** The C semantics of every arithmetic, comparison and conversion instruction, table-driven. */
class ArithmeticTests {

    /** Runs {@code ops} on the operands and returns the value left on the stack (kept in a global). */
    static long eval(String ops, long... operands) {
        StringBuilder asm = new StringBuilder("global out 8\nfunc main params=0 slots=1\n GLOBAL_ADDR out\n");
        for (long v : operands) {
            asm.append(" CONST_WIDE ").append(v).append('\n');
        }
        asm.append(' ').append(ops.replace(";", "\n ")).append("\n STORE_64\n CONST 0\n RET\nend\n");
        Machine m = VmFixture.machine(asm.toString());
        VmOutcome out = m.run();
        assertThat(out.status()).as("%s", out.fault()).isEqualTo(VmOutcome.Status.EXITED);
        return m.memory().load64(m.globalAddress(0));
    }

    static long parse(String s) {
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    @ParameterizedTest(name = "{1} {0} {2} = {3}")
    @CsvSource({
        "ADD_I32, 2147483647, 1, -2147483648",
        "SUB_I32, -2147483648, 1, 2147483647",
        "MUL_I32, 65536, 65536, 0",
        "MUL_I32, -3, 7, -21",
        "DIV_I32, -7, 2, -3",
        "REM_I32, -7, 2, -1",
        "DIV_U32, -1, 2, 2147483647",
        "REM_U32, -1, 10, 5",
        "DIV_U32, -2147483648, 3, 715827882",
        "SHL_I32, 1, 31, -2147483648",
        "SHL_I32, 1, 32, 1",
        "SHR_I32, -8, 1, -4",
        "SHR_U32, -8, 1, 2147483644",
        "SHR_U32, -1, 33, 2147483647",
        "ADD_I64, 9223372036854775807, 1, -9223372036854775808",
        "MUL_I64, 4294967296, 4294967296, 0",
        "DIV_I64, -9, 4, -2",
        "REM_I64, 9, -4, 1",
        "DIV_U64, -1, 2, 9223372036854775807",
        "REM_U64, -1, 10, 5",
        "SHL_I64, 1, 63, -9223372036854775808",
        "SHL_I64, 1, 64, 1",
        "SHR_I64, -16, 2, -4",
        "SHR_U64, -16, 60, 15",
        "AND, 12, 10, 8",
        "OR, 12, 10, 14",
        "XOR, 12, 10, 6",
        "EQ, 5, 5, 1",
        "NE, 5, 5, 0",
        "LT, -1, 0, 1",
        "LE, 0, 0, 1",
        "GT, -1, 0, 0",
        "GE, 1, 0, 1",
        "LT_U, -1, 0, 0",
        "GT_U, -1, 0, 1",
        "LE_U, 1, 1, 1",
        "GE_U, 0, 1, 0",
        "LT_U, -2147483648, 2147483647, 0",
    })
    void binaryOperationsFollowC(String op, long a, long b, long expected) {
        assertThat(eval(op, a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
        "NEG_I32, -2147483648, -2147483648",
        "NEG_I64, 5, -5",
        "NOT, 0, -1",
        "LNOT, 0, 1",
        "LNOT, 7, 0",
        "SEXT8, 255, -1",
        "SEXT8, 384, -128",
        "SEXT16, 65535, -1",
        "SEXT32, 4294967295, -1",
        "SEXT32, 4294967296, 0",
        "ZEXT8, -1, 255",
        "ZEXT16, -1, 65535",
        "ZEXT32, -1, 4294967295",
    })
    void unaryOperationsAndIntegerConversionsFollowC(String op, long a, long expected) {
        assertThat(eval(op, a)).isEqualTo(expected);
    }

    @Test
    void doubleArithmeticAndComparisonsUseIeee() {
        long a = Double.doubleToRawLongBits(1.5);
        long b = Double.doubleToRawLongBits(0.25);
        assertThat(Double.longBitsToDouble(eval("ADD_F64", a, b))).isEqualTo(1.75);
        assertThat(Double.longBitsToDouble(eval("SUB_F64", a, b))).isEqualTo(1.25);
        assertThat(Double.longBitsToDouble(eval("MUL_F64", a, b))).isEqualTo(0.375);
        assertThat(Double.longBitsToDouble(eval("DIV_F64", a, b))).isEqualTo(6.0);
        assertThat(Double.longBitsToDouble(eval("NEG_F64", a))).isEqualTo(-1.5);
        assertThat(Double.longBitsToDouble(eval("DIV_F64", a, 0))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(eval("LT_F64", b, a)).isEqualTo(1);
        long nan = Double.doubleToRawLongBits(Double.NaN);
        assertThat(eval("EQ_F64", nan, nan)).isZero();
        assertThat(eval("NE_F64", nan, nan)).isEqualTo(1);
        assertThat(eval("GE_F64", a, a)).isEqualTo(1);
    }

    @Test
    void floatArithmeticRoundsToFloat() {
        long third = Float.floatToRawIntBits(1f / 3f) & 0xFFFF_FFFFL;
        long three = Float.floatToRawIntBits(3f) & 0xFFFF_FFFFL;
        assertThat(Float.intBitsToFloat((int) eval("MUL_F32", third, three))).isEqualTo(1f / 3f * 3f);
        assertThat(Float.intBitsToFloat((int) eval("ADD_F32", third, three))).isEqualTo(1f / 3f + 3f);
        assertThat(eval("LT_F32", third, three)).isEqualTo(1);
        assertThat(eval("ADD_F32", third, three) >>> 32).as("upper bits of a float are zero").isZero();
        assertThat(Double.longBitsToDouble(eval("F32_TO_F64", three))).isEqualTo(3.0);
        assertThat(Float.intBitsToFloat((int) eval("F64_TO_F32", Double.doubleToRawLongBits(0.1))))
                .isEqualTo(0.1f);
    }

    @Test
    void conversionsBetweenIntegersAndFloatingPoint() {
        assertThat(Double.longBitsToDouble(eval("I64_TO_F64", -3))).isEqualTo(-3.0);
        assertThat(Double.longBitsToDouble(eval("U64_TO_F64", -1))).isEqualTo(1.8446744073709552E19);
        assertThat(eval("F64_TO_I64", Double.doubleToRawLongBits(-2.9))).isEqualTo(-2);
        assertThat(eval("F64_TO_U64", Double.doubleToRawLongBits(1.8e19))).isEqualTo(parse("0xf9ccd8a1c5080000"));
        assertThat(eval("F64_TO_I64", Double.doubleToRawLongBits(Double.NaN))).isZero();
        assertThat(Float.intBitsToFloat((int) eval("I64_TO_F32", 16777217))).isEqualTo(16777216f);
        assertThat(Float.intBitsToFloat((int) eval("U64_TO_F32", -1))).isEqualTo(1.8446744e19f);
        assertThat(eval("F32_TO_I64", Float.floatToRawIntBits(-7.5f) & 0xFFFF_FFFFL)).isEqualTo(-7);
        assertThat(eval("F32_TO_U64", Float.floatToRawIntBits(4e9f) & 0xFFFF_FFFFL)).isEqualTo(4_000_000_000L);
    }

    @Test
    void stackShufflesMoveValues() {
        assertThat(eval("SWAP;SUB_I64", 10, 3)).isEqualTo(-7);
        assertThat(eval("OVER;ADD_I64;ADD_I64", 10, 3)).isEqualTo(23);
        assertThat(eval("DUP;MUL_I64", 9)).isEqualTo(81);
        assertThat(eval("POP", 4, 5)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} faults with {3}")
    @CsvSource({
        "DIV_I32, 1, 0, division by zero",
        "REM_U32, 1, 0, division by zero",
        "DIV_U64, 1, 0, division by zero",
        "REM_I64, 1, 0, division by zero",
        "DIV_I32, -2147483648, -1, integer overflow in division (the most negative value divided by -1)",
        "REM_I32, -2147483648, -1, integer overflow in remainder (the most negative value divided by -1)",
        "DIV_I64, -9223372036854775808, -1, integer overflow in division (the most negative value divided by -1)",
    })
    void divisionFaults(String op, long a, long b, String message) {
        String asm = "func main params=0 slots=0\n CONST_WIDE " + a + "\n CONST_WIDE " + b + "\n " + op
                + "\n RET\nend\n";
        VmOutcome out = VmFixture.run(asm);
        assertThat(out.status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(out.fault().message()).isEqualTo(message);
        assertThat(out.fault().kind()).isIn(FaultKind.DIVISION_BY_ZERO, FaultKind.INTEGER_OVERFLOW);
        assertThat(out.fault().pos().line()).isEqualTo(4);
    }
}
