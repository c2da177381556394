package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;

/** Several independent errors per compile, recovery at ';' and '}', and nesting limits. */
class RecoveryTests {

    @Test
    void independentErrorsInOneCompileAreAllReported() {
        Parsed p = Parsed.of("int f(void) {\n  int a = ;\n  a = 1 +;\n  return a;\n}\n"
                + "int g(void) { return missing; }\n"
                + "int h(void) { int ok = 1; return ok; }\n");
        assertThat(p.errors()).containsExactly(
                "2:11: expected an expression before ';'",
                "3:10: expected an expression before ';'",
                "6:22: 'missing' undeclared; declare it before use");
        assertThat(p.function("h").body().stmts()).hasSize(2);
    }

    @Test
    void errorInsideNestedBlockResumesAfterIt() {
        Parsed p = Parsed.of("void f(int x) {\n  if (x) { x = ) ; }\n  x = 2;\n}\nint after;\n");
        assertThat(p.errors()).containsExactly("2:16: expected an expression before ')'");
        assertThat(p.unit().global("after")).isNotNull();
        assertThat(p.body("f")).endsWith("(expr (= [int] (var x [int]) (const 2 [int]))))");
    }

    @Test
    void garbageAtFileScopeIsSkippedToTheNextDeclaration() {
        Parsed p = Parsed.of("int a;\n) junk here;\nint b;\n");
        assertThat(p.errors()).containsExactly("2:1: expected a declaration, not ')'");
        assertThat(p.unit().globals()).extracting(v -> v.name()).containsExactly("a", "b");
    }

    @Test
    void unclosedBraceAtEndOfFile() {
        Parsed p = Parsed.of("int main(void) {\n  return 0;\n");
        assertThat(p.errors()).containsExactly("1:16: this '{' is never closed; expected '}' before the end of the file");
    }

    @Test
    void manyErrorsStopAtTheLimit() {
        StringBuilder src = new StringBuilder("void f(void) {\n");
        for (int i = 0; i < 50; i++) {
            src.append("  x").append(i).append(" = 1;\n");
        }
        src.append("}\n");
        Diagnostics diags = new Diagnostics();
        org.threadlab.cc.SourceFile file = new org.threadlab.cc.SourceFile("t.c", src.toString());
        try {
            Parser.parse(TestTokenizer.tokenize(file), diags);
        } catch (CompileError e) {
            assertThat(e.diagnostics().errorCount()).isEqualTo(Diagnostics.MAX_ERRORS);
            return;
        }
        throw new AssertionError("expected the error limit to stop the compile");
    }

    @Test
    void tenThousandNestedParenthesesEndWithADiagnostic() {
        String src = "int x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ";\nint y;\n";
        Parsed p = Parsed.of(src);
        assertThat(p.errors()).containsExactly("1:264: expressions nest too deeply");
        assertThat(p.unit().global("y")).isNotNull();
    }

    @Test
    void deepUnaryChainsAndConditionalsAndAssignmentsAreLimited() {
        assertThat(Parsed.of("int x = " + "!".repeat(10_000) + "1;").errors()).containsExactly("1:263: expressions nest too deeply");
        assertThat(Parsed.of("int x = " + "- ".repeat(10_000) + "1;").errors()).hasSize(1)
                .allMatch(m -> m.endsWith("expressions nest too deeply"));
        assertThat(Parsed.of("int c; int x = " + "c ? 1 : ".repeat(10_000) + "0;").errors())
                .containsExactly("1:2044: expressions nest too deeply");
        assertThat(Parsed.of("void f(int a) { " + "a = ".repeat(10_000) + "1; }").errors()).hasSize(1)
                .allMatch(m -> m.endsWith("expressions nest too deeply"));
    }

    @Test
    void deepBlocksAndDeclaratorsAreLimited() {
        assertThat(Parsed.of("void f(void) " + "{".repeat(10_000) + "}".repeat(10_000)).errors()).hasSize(1)
                .allMatch(m -> m.endsWith("statements nest too deeply"));
        assertThat(Parsed.of("int " + "(".repeat(10_000) + "x" + ")".repeat(10_000) + ";").errors()).hasSize(1)
                .allMatch(m -> m.endsWith("declarators nest too deeply"));
        assertThat(Parsed.of("int " + "*".repeat(10_000) + "p;").errors()).isEmpty();
    }

    @Test
    void deepInitializersStructsAndTypeofAreLimited() {
        assertThat(Parsed.of("int x = " + "{".repeat(10_000) + "1" + "}".repeat(10_000) + ";").errors()).hasSize(1)
                .allMatch(m -> m.endsWith("initializers nest too deeply"));
        assertThat(Parsed.of("struct a0 { " + "struct { ".repeat(10_000) + "int x; " + "} m; ".repeat(10_000) + "};").errors())
                .hasSize(1).allMatch(m -> m.endsWith("declarations nest too deeply"));
        assertThat(Parsed.of("typeof(" .repeat(10_000) + "int" + ")".repeat(10_000) + " x;").errors()).hasSize(1)
                .allMatch(m -> m.endsWith("declarations nest too deeply"));
    }

    @Test
    void longOperatorChainsAreLimitedSoLaterPassesCannotOverflow() {
        assertThat(Parsed.of("int x = 1" + " + 1".repeat(1000) + ";").errors()).isEmpty();
        assertThat(Parsed.of("int x = 1" + " + 1".repeat(100_000) + ";").errors()).containsExactly(
                "1:4099: expression is too long (more than 1024 operators in a row); split it into several statements");
        assertThat(Parsed.of("void f(int a) { a" + ", a".repeat(100_000) + "; }").errors()).hasSize(1);
    }

    @Test
    void aMegabyteSourceParsesQuickly() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; src.length() < 1_000_000; i++) {
            src.append("int f").append(i).append("(int a) { int b = a * 2 + ").append(i)
                    .append("; if (b > 3) { b -= a; } return b; }\n");
        }
        Parsed p = Parsed.of(src.toString());
        assertThat(p.messages()).isEmpty();
        assertThat(p.unit().functions().size()).isGreaterThan(10_000);
    }

    @Test
    void statementExpressionAtFileScopeIsReported() {
        assertThat(Parsed.of("int g = ({ int x = 1; x; });\nint h;").errors())
                .containsExactly("1:10: a statement expression '({ ... })' can only appear inside a function");
    }

    @Test
    void nestingBelowTheLimitIsFine() {
        assertThat(Parsed.of("int x = " + "(".repeat(200) + "1" + ")".repeat(200) + ";").messages()).isEmpty();
    }
}
