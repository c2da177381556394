package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hostile input ends with a diagnostic instead of hanging or overflowing the stack: the
 * expansion budget and the nesting limits bound the work, whatever the machine. (How fast the
 * front end is belongs to a benchmark, not to these tests.)
 */
class BudgetTests {

    private final Pp pp = new Pp();

    @Test
    void exponentialObjectLikeChainIsTooLarge() {
        StringBuilder sb = new StringBuilder("#define a0 x\n");
        for (int i = 1; i <= 60; i++) {
            sb.append("#define a").append(i).append(" a").append(i - 1).append(" a").append(i - 1).append('\n');
        }
        sb.append("int v = a60;\n");
        pp.run(sb.toString());
        assertThat(pp.messages()).hasSize(1);
        assertThat(pp.messages().get(0)).startsWith("main.c:62:9: error: macro expansion is too large (more than 1000000 tokens)");
    }

    @Test
    void exponentialArgumentDoublingIsTooLarge() {
        String call = "f(".repeat(60) + "x" + ")".repeat(60);
        pp.run("#define f(x) x x\n" + call + "\n");
        assertThat(pp.messages()).anyMatch(m -> m.contains("macro expansion is too large"));
        assertThat(pp.diagnostics.errorCount()).isEqualTo(1);
    }

    @Test
    void tenThousandNestedMacroCallsEndWithADiagnostic() {
        String call = "id(".repeat(10_000) + "1" + ")".repeat(10_000);
        pp.run("#define id(x) x\n" + call + "\n");
        assertThat(pp.diagnostics.hasErrors()).isTrue();
        assertThat(pp.messages().get(0)).contains("nested too deeply");
    }

    @Test
    void deepButReasonableNestingExpandsFully() {
        String call = "id(".repeat(150) + "1" + ")".repeat(150);
        assertThat(pp.normalized("#define id(x) x\n" + call + "\n")).isEqualTo("1");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void megabyteSourceWithManyMacrosExpandsWithoutComplaint() {
        StringBuilder sb = new StringBuilder("#define MAX(a, b) ((a) > (b) ? (a) : (b))\n#define N 100\n");
        while (sb.length() < 1_000_000) {
            sb.append("int v").append(sb.length()).append(" = MAX(N, 3) + __LINE__; // comment\n");
        }
        pp.run(sb.toString());
        assertThat(pp.messages()).isEmpty();
    }
}
