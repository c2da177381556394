package org.threadlab.vm.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeDiagnosisTests {
    @Test
    void deadlockListsEveryThreadItsObjectItsHolderAndTheCycle() {
        Machine m = VmFixture.machine(VmFixture.LOCK_ORDER_INVERSION);
        VmOutcome out = m.run();
        String text = OutcomeDiagnosis.describe(m, out);
        assertThat(text.lines()).first().isEqualTo("deadlock: every live thread is blocked and no timer can wake one");
        assertThat(text).containsPattern("thread 1 \\(main\\)\\s+MUTEX\\s+on \\S+\\s+held by thread 2\\s+at \\S+:26:")
                .containsPattern("thread 2 \\(worker\\)\\s+MUTEX\\s+on \\S+\\s+held by thread 1\\s+at \\S+:11:")
                .contains("wait-for cycle: thread 1 (main) -> thread 2 (worker) -> thread 1 (main)");
    }

    @Test
    void faultShowsTheThreadTheLineAndACaret() {
        Machine m = VmFixture.machine("""
                func main params=0 slots=0
                  CONST 1
                  CONST 0
                  DIV_I32
                  RET
                end
                """);
        VmOutcome out = m.run();
        assertThat(out.status()).isEqualTo(VmOutcome.Status.FAULT);
        String text = OutcomeDiagnosis.describe(m, out);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith(":4:3: fault in thread 1 (main): division by zero");
        assertThat(text).contains("    4 |   DIV_I32").contains("|   ^");
    }

    @Test
    void normalExitNeedsNoDiagnosis() {
        Machine m = VmFixture.machine("""
                func main params=0 slots=0
                  CONST 0
                  RET
                end
                """);
        assertThat(OutcomeDiagnosis.describe(m, m.run())).isEmpty();
    }
}
