package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArithmeticTests {

    private static String run(String body) {
        return CRun.output("int main(void) {\n" + body + "\nreturn 0; }");
    }

    @Test
    void unsignedIntWrapsAround() {
        assertThat(run("unsigned u = 0; u = u - 1; print_long(u); unsigned m = 4294967295u; m++; print_long(m);"))
                .isEqualTo("4294967295\n0\n");
    }

    @Test
    void signedIntOverflowWrapsTo32Bits() {
        assertThat(run("int i = 2147483647; i = i + 1; print_long(i); int j = 65536; print_long(j * j);"))
                .isEqualTo("-2147483648\n0\n");
    }

    @Test
    void signedAndUnsignedComparisonConvertsToUnsigned() {
        assertThat(run("int a = -1; unsigned b = 1; print_long(a < b); print_long(a < (int) b); long c = -1; print_long(c < 1);"))
                .isEqualTo("0\n1\n1\n");
    }

    @Test
    void charIsSignExtendedAndUnsignedCharIsNot() {
        assertThat(run("char c = 200; unsigned char u = 200; signed char s = -3; print_long(c); print_long(u); print_long(s + 0u > 10);"))
                .isEqualTo("-56\n200\n1\n");
    }

    @Test
    void shiftsUseTheLeftOperandsTypeAndSignedness() {
        assertThat(run("int a = -16; unsigned b = 0x80000000u; long c = 1; print_long(a >> 2); print_long(b >> 31); print_long(c << 40); print_long(1 << 31);"))
                .isEqualTo("-4\n1\n1099511627776\n-2147483648\n");
    }

    @Test
    void divisionAndRemainderTruncateTowardZero() {
        assertThat(run("print_long(-7 / 2); print_long(-7 % 2); print_long(7 / -2); print_long(7u / 2); long x = -9; print_long(x % 4);"))
                .isEqualTo("-3\n-1\n-3\n3\n-1\n");
    }

    @Test
    void charAndShortArePromotedToIntBeforeArithmetic() {
        assertThat(run("char a = 100, b = 100; int s = a + b; short h = 30000; print_long(s); print_long(h + h); unsigned char x = 255; x += 1; print_long(x);"))
                .isEqualTo("200\n60000\n0\n");
    }

    @Test
    void assignmentConvertsImplicitly() {
        assertThat(run("short s = 70000; unsigned short us = -1; long l = 4294967296 + 5; int i = l; double d = 3.9; int t = d; _Bool b = 42; print_long(s); print_long(us); print_long(i); print_long(t); print_long(b);"))
                .isEqualTo("4464\n65535\n5\n3\n1\n");
    }

    @Test
    void unsignedIntWidensWithZeroExtension() {
        assertThat(run("unsigned u = 4000000000u; long l = u; unsigned long ul = u; print_long(l); print_long(ul == 4000000000ul);"))
                .isEqualTo("4000000000\n1\n");
    }

    @Test
    void logicalOperatorsShortCircuit() {
        assertThat(run("int n = 0; int r = (0 && ++n) || (1 || ++n); print_long(r); print_long(n); print_long(!5); print_long(!0);"))
                .isEqualTo("1\n0\n0\n1\n");
    }

    @Test
    void conditionalAndCommaLeaveOneValue() {
        assertThat(run("int x = 3; int y = x > 2 ? 10 : 20; int z = (x++, x * 2); print_long(y); print_long(z);"))
                .isEqualTo("10\n8\n");
    }

    @Test
    void compoundAssignmentAndIncrementLeaveTheRightValue() {
        assertThat(run("int a = 5; int b = a++; int c = ++a; int d = (a += 3); a -= 1; a *= 2; a /= 3; a %= 4; a <<= 3; a >>= 1; a |= 1; a ^= 3; a &= 6; print_long(b); print_long(c); print_long(d); print_long(a);"))
                .isEqualTo("5\n7\n10\n2\n");
    }

    @Test
    void bitwiseOperators() {
        assertThat(run("print_long(0xF0 & 0x3C); print_long(0xF0 | 0x0F); print_long(0xFF ^ 0x0F); print_long(~0); unsigned u = ~0u; print_long(u);"))
                .isEqualTo("48\n255\n240\n-1\n4294967295\n");
    }

    @Test
    void floatingPointArithmeticAndConversions() {
        assertThat(run("double d = 1.5; float f = 2.25f; print_double(d * f); print_double(7 / 2.0); int i = -7; print_double(i); unsigned long big = 18446744073709551615ul; print_double((double) big > 1e19); print_double(f / 0.5f); print_long((long) -2.9);"))
                .isEqualTo("3.375000\n3.500000\n-7.000000\n1.000000\n4.500000\n-2\n");
    }

    @Test
    void floatComparisonsAndNegativeZeroIsFalse() {
        assertThat(run("double z = -0.0; print_long(z ? 1 : 2); float a = 1.5f, b = 2.5f; print_long(a < b); print_long(a == 1.5); print_long(!z);"))
                .isEqualTo("2\n1\n1\n1\n");
    }

    @Test
    void divisionByZeroFaultsAtItsLine() {
        CRun r = CRun.run("int main(void) {\nint z = 0;\nint x = 10 / z;\nreturn x; }");
        assertThat(r.outcome().fault()).isNotNull();
        assertThat(r.outcome().fault().message()).contains("division by zero");
        assertThat(r.outcome().fault().pos().line()).isEqualTo(CRun.PROTOTYPE_LINES + 3);
    }

    @Test
    void sizeofIsAConstant() {
        assertThat(run("int a[10]; struct { char c; long l; } s; print_long(sizeof a); print_long(sizeof s); print_long(sizeof(short));"))
                .isEqualTo("40\n16\n2\n");
    }
}
