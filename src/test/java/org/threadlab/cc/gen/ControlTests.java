package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlTests {

    @Test
    void recursionComputesFibonacciAndAckermann() {
        assertThat(CRun.output("int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
                + "int ack(int m, int n) { if (m == 0) return n + 1; if (n == 0) return ack(m - 1, 1); return ack(m - 1, ack(m, n - 1)); }\n"
                + "int main(void) { print_long(fib(15)); print_long(ack(2, 3)); return 0; }"))
                .isEqualTo("610\n9\n");
    }

    @Test
    void functionPointersAndCallbacks() {
        assertThat(CRun.output("int twice(int x) { return 2 * x; } int sq(int x) { return x * x; }\n"
                + "int apply(int (*f)(int), int v) { return f(v); }\n"
                + "int (*table[])(int) = { twice, sq };\n"
                + "int main(void) { int (*f)(int) = sq; print_long(apply(twice, 5)); print_long(f(6)); print_long((*table[1])(3)); print_long(table[0] == twice); void (*pr)(long) = print_long; pr(11); return 0; }"))
                .isEqualTo("10\n36\n9\n1\n11\n");
    }

    @Test
    void denseSwitchFallsThroughAndHasDefault() {
        assertThat(CRun.output("int f(int x) { int r = 0; switch (x) { case 1: r += 1; case 2: r += 2; break; case 3: r = 30; break; default: r = -1; } return r; }\n"
                + "int main(void) { for (int i = 0; i <= 4; i++) print_long(f(i)); return 0; }"))
                .isEqualTo("-1\n3\n2\n30\n-1\n");
    }

    @Test
    void sparseSwitchUsesLookup() {
        assertThat(CRun.output("const char *f(long x) { switch (x) { case -100000: return \"neg\"; case 7: return \"seven\"; case 1000000000000: return \"big\"; } return \"none\"; }\n"
                + "int main(void) { print_str(f(7)); print_str(f(1000000000000)); print_str(f(-100000)); print_str(f(3)); return 0; }"))
                .isEqualTo("sevenbignegnone");
    }

    @Test
    void breakContinueAndDoWhile() {
        assertThat(CRun.output("int main(void) { int s = 0; for (int i = 0; i < 10; i++) { if (i % 2) continue; if (i > 6) break; s += i; } print_long(s);"
                + " int n = 0; do { n++; } while (n < 5); print_long(n); while (1) { if (++n > 8) break; } print_long(n); return 0; }"))
                .isEqualTo("12\n5\n9\n");
    }

    @Test
    void gotoJumpsForwardAndBackward() {
        assertThat(CRun.output("int main(void) { int i = 0; again: i++; if (i < 3) goto again; goto done; print_long(99); done: print_long(i); return 0; }"))
                .isEqualTo("3\n");
    }

    @Test
    void variadicFunctionsWrittenInC() {
        assertThat(CRun.output("typedef __builtin_va_list va_list;\n"
                + "long sum(int n, ...) { va_list ap; __builtin_va_start(ap, n); long s = 0; for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int); __builtin_va_end(ap); return s; }\n"
                + "double avg(int n, ...) { va_list ap; __builtin_va_start(ap, n); double s = 0; for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, double); __builtin_va_end(ap); return s / n; }\n"
                + "int main(void) { print_long(sum(4, 1, 2, 3, -4)); float f = 1.5f; print_double(avg(3, 1.0, f, 3.5)); return 0; }"))
                .isEqualTo("2\n2.000000\n");
    }

    @Test
    void oldStyleDefinitionsConvertPromotedArguments() {
        assertThat(CRun.output("int f(c, x) char c; float x; { return c + (int) (x * 2); }\nint main(void) { print_long(f(300, 1.25)); return 0; }"))
                .isEqualTo("46\n");
    }

    @Test
    void returnConvertsToTheReturnType() {
        assertThat(CRun.output("unsigned char f(int x) { return x; } double g(int x) { return x / 2; }\nint main(void) { print_long(f(258)); print_double(g(5)); return 0; }"))
                .isEqualTo("2\n2.000000\n");
    }

    @Test
    void jumpsOutOfStatementExpressionsDropTheEnclosingExpressionsValues() {
        assertThat(CRun.output("int main(void) { long s = 0; for (int i = 0; i < 10; i++) { s += 100 * ({ if (i == 3) continue; if (i == 6) break; i; }); }"
                + " print_long(s); long t = 1 + ({ goto out; 2; }); out: print_long(t); return 0; }"))
                .isEqualTo("1200\n0\n");
    }

    @Test
    void switchCaseValuesUseTheControllingExpressionsType() {
        assertThat(CRun.output("int f(unsigned u) { switch (u) { case 4294967295u: return 1; case 0: return 2; case 0x80000000u: return 3; } return 0; }\n"
                + "int g(char c) { switch (c) { case -1: return 10; case 'a': return 20; case -128: return 30; } return 0; }\n"
                + "int main(void) { print_long(f(-1)); print_long(f(0)); print_long(f(1u << 31)); print_long(f(5));"
                + " print_long(g(-1)); print_long(g('a')); print_long(g(-128)); print_long(g(0)); return 0; }"))
                .isEqualTo("1\n2\n3\n0\n10\n20\n30\n0\n");
    }

    @Test
    void callsWithoutAPrototypeGetMissingArgumentsAsZeroAndDropExtraOnes() {
        assertThat(CRun.output("int f();\nint main(void) { print_long(f()); print_long(f(4, 2, 3)); return 0; }\nint f(a) int a; { return a + 1; }"))
                .isEqualTo("1\n5\n");
    }

    @Test
    void returnFromInsideAStatementExpression() {
        assertThat(CRun.output("int f(int x) { return 1 + ({ if (x) return 5; 2; }); }\nint main(void) { print_long(f(0)); print_long(f(1)); return 0; }"))
                .isEqualTo("3\n5\n");
    }
}
