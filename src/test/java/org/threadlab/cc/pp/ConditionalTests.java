package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalTests {

    private final Pp pp = new Pp();

    private String run(String... lines) {
        return pp.normalized(String.join("\n", lines) + "\n");
    }

    /** "yes" or "no" depending on {@code expr}. */
    private String cond(String expr) {
        return run("#if " + expr, "yes", "#else", "no", "#endif");
    }

    @Test
    void ifdefAndIfndef() {
        assertThat(run("#define A", "#ifdef A", "a", "#endif", "#ifndef A", "not_a", "#endif", "#ifdef B", "b", "#endif"))
                .isEqualTo("a");
    }

    @Test
    void elifChainTakesTheFirstTrueGroupOnly() {
        assertThat(run("#if 0", "zero", "#elif 1", "one", "#elif 1", "again", "#else", "other", "#endif"))
                .isEqualTo("one");
    }

    @Test
    void elifAfterATakenGroupIsNotEvaluated() {
        assertThat(run("#if 1", "one", "#elif 1/0", "two", "#endif")).isEqualTo("one");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void nestedGroupsInsideASkippedGroupAreSkipped() {
        assertThat(run("#if 0", "#if 1", "inner", "#else", "inner_else", "#endif", "#error not reached", "#endif", "after"))
                .isEqualTo("after");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void lexicalErrorsInSkippedCodeAreIgnored() {
        assertThat(run("#if 0", "it doesn't matter", "#endif", "ok")).isEqualTo("ok");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void definedInBothForms() {
        assertThat(run("#define X", "#if defined X && defined(X) && !defined Y", "yes", "#endif")).isEqualTo("yes");
    }

    @Test
    void macrosAreExpandedAndLeftoverIdentifiersAreZero() {
        assertThat(run("#define TWO 2", "#if TWO * 3 == 6 && UNKNOWN == 0 && !foo(1)", "yes", "#endif")).isEqualTo("");
        assertThat(pp.messages()).hasSize(1);
    }

    @Test
    void leftoverIdentifiersAreZero() {
        assertThat(cond("UNKNOWN == 0 && !true")).isEqualTo("yes");
    }

    @Test
    void arithmeticPrecedenceAndAssociativity() {
        assertThat(cond("2 + 3 * 4 == 14 && 10 - 4 - 3 == 3 && 100 / 10 / 5 == 2 && 7 % 4 == 3")).isEqualTo("yes");
        assertThat(cond("(1 | 2) == 3 && (6 & 3) == 2 && (5 ^ 1) == 4 && ~0 == -1 && -(-3) == +3")).isEqualTo("yes");
        assertThat(cond("1 << 4 == 16 && -16 >> 2 == -4 && (1 < 2) + (2 <= 2) + (3 > 2) + (2 >= 3) == 3")).isEqualTo("yes");
    }

    @Test
    void conditionalAndCommaOperators() {
        assertThat(cond("(1 ? 2 : 3) == 2 && (0 ? 2 : 0 ? 3 : 4) == 4 && (1, 0) == 0")).isEqualTo("yes");
    }

    @Test
    void arithmeticIsIn64Bits() {
        assertThat(cond("2147483647 + 1 == 2147483648 && 0x7fffffffffffffff > 0")).isEqualTo("yes");
    }

    @Test
    void unsignedOperandMakesTheOperationUnsigned() {
        assertThat(cond("-1 > 0u")).isEqualTo("yes");
        assertThat(cond("-1 > 0")).isEqualTo("no");
        assertThat(cond("(0 ? 1u : -1) > 0")).isEqualTo("yes");
        assertThat(cond("0xffffffffffffffff == -1 && 0xffffffffffffffff / 2 == 0x7fffffffffffffff")).isEqualTo("yes");
    }

    @Test
    void characterConstantsInConditions() {
        assertThat(cond("'a' == 97 && '\\377' < 0 && 'ab' == 24930")).isEqualTo("yes");
    }

    @Test
    void shortCircuitSkipsDivisionByZero() {
        assertThat(cond("0 && 1 / 0")).isEqualTo("no");
        assertThat(cond("1 || 1 % 0")).isEqualTo("yes");
        assertThat(cond("1 ? 1 : 1 / 0")).isEqualTo("yes");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void divisionByZeroIsReportedAndTheGroupIsFalse() {
        assertThat(run("#if 1 / 0", "yes", "#endif")).isEqualTo("");
        assertThat(pp.messages()).containsExactly("main.c:1:7: error: division by zero in #if");
    }

    @Test
    void emptyConditionIsReported() {
        run("#if", "#endif");
        assertThat(pp.messages()).containsExactly("main.c:1:2: error: #if with no expression; write a condition after it");
    }

    @Test
    void malformedExpressionsAreReported() {
        run("#if 1 +", "#endif", "#if (1", "#endif", "#if 1 2", "#endif", "#if 1.5", "#endif", "#if \"s\"", "#endif");
        assertThat(pp.messages()).containsExactly(
                "main.c:1:7: error: expected a value after '+' in #if",
                "main.c:3:6: error: expected ')' in #if",
                "main.c:5:7: error: missing binary operator before '2' in #if",
                "main.c:7:5: error: floating constant '1.5' is not allowed in #if",
                "main.c:9:5: error: token '\"s\"' is not valid in #if");
    }

    @Test
    void definedNeedsAName() {
        run("#if defined(", "#endif");
        assertThat(pp.messages()).containsExactly("main.c:1:5: error: 'defined' must be followed by a macro name");
    }

    @Test
    void unterminatedConditionalIsReportedAtItsStart() {
        run("#ifdef X", "a");
        assertThat(pp.messages()).containsExactly("main.c:1:2: error: unterminated #ifdef; add the matching #endif");
    }

    @Test
    void strayElseAndEndifAreReported() {
        run("#else", "#endif", "#elif 1");
        assertThat(pp.messages()).containsExactly(
                "main.c:1:2: error: #else without #if; remove it or add the #if",
                "main.c:2:2: error: #endif without #if; remove it or add the #if",
                "main.c:3:2: error: #elif without #if; remove it or add the #if");
    }

    @Test
    void elseAfterElseIsReported() {
        assertThat(run("#if 0", "a", "#else", "b", "#else", "c", "#endif")).isEqualTo("b");
        assertThat(pp.messages()).containsExactly("main.c:5:2: error: #else after #else; remove one of them");
    }

    @Test
    void conditionalOpenedInAHeaderMustCloseThere() {
        pp.file("h.h", "#if 1\nint h;\n");
        run("#include \"h.h\"", "#endif");
        assertThat(pp.messages()).containsExactly("h.h:1:2: error: unterminated #if; add the matching #endif",
                "main.c:2:2: error: #endif without #if; remove it or add the #if");
    }

    @Test
    void deeplyNestedConditionalsWork() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("#if ").append(i % 2 == 0 ? "1" : "defined __STDC__").append('\n');
        }
        sb.append("deep\n");
        sb.append("#endif\n".repeat(2000));
        assertThat(pp.normalized(sb.toString())).isEqualTo("deep");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void tenThousandNestedConditionalsEndWithOneDiagnosticQuickly() {
        StringBuilder sb = new StringBuilder();
        sb.append("#if 1\n".repeat(10_000)).append("x\n").append("#endif\n".repeat(10_000));
        sb.append("#if 0\n".repeat(10_000)).append("y\n").append("#endif\n".repeat(10_000));
        assertThat(pp.normalized(sb.toString())).isEqualTo("x");
        assertThat(pp.messages()).containsExactly("main.c:4097:2: error: #if nested too deeply (more than 4096 levels)");
    }

    @Test
    void deeplyNestedParenthesesInAConditionAreADiagnostic() {
        run("#if " + "(".repeat(10_000) + "1" + ")".repeat(10_000), "#endif");
        assertThat(pp.messages()).hasSize(1);
        assertThat(pp.messages().get(0)).contains("nested too deeply");
    }

    @Test
    void hasInclude() {
        pp.file("there.h", "");
        assertThat(cond("__has_include(\"there.h\") && !__has_include(<nothere.h>)")).isEqualTo("yes");
    }

    @Test
    void elifdefAndElifndefAsInC23() {
        assertThat(run("#define B", "#ifdef A", "a", "#elifdef B", "b", "#else", "c", "#endif")).isEqualTo("b");
        assertThat(run("#ifdef A", "a", "#elifndef B", "not_b", "#elifndef C", "not_c", "#endif")).isEqualTo("not_b");
    }

    @Test
    void ifdefHasIncludeIsTrue() {
        assertThat(run("#ifdef __has_include", "yes", "#endif")).isEqualTo("yes");
    }

    @Test
    void conditionalsInsideMacroArgumentsAreObeyed() {
        assertThat(run("#define f(x) [x]", "#define B", "f(", "#ifdef B", "  1", "#else", "  2", "#endif", ")"))
                .isEqualTo("[1]");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void featureQueriesAnswerZero() {
        assertThat(cond("__has_attribute(noreturn) || __has_builtin(__builtin_expect) || __has_feature(x(y))"))
                .isEqualTo("no");
        assertThat(pp.messages()).isEmpty();
    }
}
