package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.kernel.choice.ReplayChooser;
import org.threadlab.kernel.choice.Schedule;
import org.threadlab.vm.interp.VmOutcome;

/** __VERIFIER_nondet_* as kernel choice points, and the misuse checks of the atomic sections. */
class VerifierLibTests {
    private static final String NONDET_PROGRAM = """
            #include <stdio.h>
            extern _Bool __VERIFIER_nondet_bool(void);
            extern char __VERIFIER_nondet_char(void);
            extern unsigned char __VERIFIER_nondet_uchar(void);
            extern short __VERIFIER_nondet_short(void);
            extern int __VERIFIER_nondet_int(void);
            extern unsigned int __VERIFIER_nondet_uint(void);
            extern long __VERIFIER_nondet_long(void);
            extern unsigned long __VERIFIER_nondet_size_t(void);
            extern void *__VERIFIER_nondet_pointer(void);
            int main(void) {
                int b = __VERIFIER_nondet_bool();
                int c = __VERIFIER_nondet_char();
                int uc = __VERIFIER_nondet_uchar();
                int s = __VERIFIER_nondet_short();
                int i = __VERIFIER_nondet_int();
                unsigned u = __VERIFIER_nondet_uint();
                long l = __VERIFIER_nondet_long();
                unsigned long z = __VERIFIER_nondet_size_t();
                void *p = __VERIFIER_nondet_pointer();
                printf("%d %d %d %d %d %u %ld %lu %d\\n", b, c, uc, s, i, u, l, z, p != 0);
                return 0;
            }
            """;

    /**
     * Answers every NONDET choice with {@code pick(options)} and every other one realistically;
     * adds each NONDET choice's option count to {@code optionCounts}.
     */
    private static Chooser nondetAnswers(List<Integer> optionCounts, IntUnaryOperator pick) {
        return (point, options, realistic) -> {
            if (point != ChoicePoint.NONDET) {
                return realistic;
            }
            optionCounts.add(options);
            return pick.applyAsInt(options);
        };
    }

    @Test
    void eachValueIsOneChoicePerSixteenBitsFromTheKernelsChooser() {
        List<Integer> options = new ArrayList<>();
        String out = CProgram.run(NONDET_PROGRAM, nondetAnswers(options, n -> n - 1)).exitedWithOutput();
        // every choice at its largest: all bits set, sign-extended for the signed types
        assertThat(out).isEqualTo("1 -1 255 -1 -1 4294967295 -1 18446744073709551615 1\n");
        // bool, char, uchar: one choice each; short 1, int 2, uint 2, long 4, size_t 4, pointer 4
        assertThat(options.subList(0, 3)).containsExactly(2, 256, 256);
        assertThat(options.subList(3, options.size())).hasSize(17).containsOnly(65536);
    }

    @Test
    void floatsAndDoublesAreChosenBitPatterns() {
        List<Integer> options = new ArrayList<>();
        // float: 0x3FC00000 (1.5) as two choices, low half first; double: 0xC004000000000000 (-2.5)
        int[] halves = {0x0000, 0x3FC0, 0x0000, 0x0000, 0x0000, 0xC004};
        String out = CProgram.run("""
                #include <stdio.h>
                extern float __VERIFIER_nondet_float(void);
                extern double __VERIFIER_nondet_double(void);
                int main(void) {
                    float f = __VERIFIER_nondet_float();
                    double d = __VERIFIER_nondet_double();
                    printf("%g %g\\n", f, d);
                    return 0;
                }
                """, nondetAnswers(options, n -> halves[options.size() - 1])).exitedWithOutput();
        assertThat(options).containsExactly(65536, 65536, 65536, 65536, 65536, 65536);
        assertThat(out).isEqualTo("1.5 -2.5\n");
    }

    @Test
    void theLowestSixteenBitsAreChosenFirst() {
        List<Integer> options = new ArrayList<>();
        String out = CProgram.run("""
                #include <stdio.h>
                extern int __VERIFIER_nondet_int(void);
                int main(void) { printf("%d\\n", __VERIFIER_nondet_int()); return 0; }
                """, nondetAnswers(options, n -> options.size() == 1 ? 1 : 0)).exitedWithOutput();
        assertThat(out).isEqualTo("1\n");
    }

    @Test
    void aRecordedRunReplaysItsNondetValues() {
        RecordingChooser recorder = new RecordingChooser(Chooser.random(5));
        String recorded = CProgram.run(NONDET_PROGRAM, recorder).exitedWithOutput();
        Schedule schedule = recorder.schedule();
        int nondet = 0;
        for (int i = 0; i < schedule.size(); i++) {
            nondet += schedule.point(i) == ChoicePoint.NONDET ? 1 : 0;
        }
        assertThat(nondet).isEqualTo(20);

        ReplayChooser replay = new ReplayChooser(schedule);
        assertThat(CProgram.run(NONDET_PROGRAM, replay).exitedWithOutput()).isEqualTo(recorded);
        assertThat(replay.isExhausted()).isTrue();
        String otherSeed = CProgram.run(NONDET_PROGRAM, Chooser.random(6)).exitedWithOutput();
        assertThat(otherSeed).isNotEqualTo(recorded);
    }

    @Test
    void atomicEndWithoutBeginIsALibraryFault() {
        CProgram r = CProgram.run("""
                extern void __VERIFIER_atomic_end(void);
                int main(void) { __VERIFIER_atomic_end(); return 0; }
                """);
        assertThat(r.outcome().fault().message())
                .isEqualTo("__VERIFIER_atomic_end without a matching __VERIFIER_atomic_begin");
    }

    @Test
    void returningFromMainInsideASectionEndsTheProcess() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                extern void __VERIFIER_atomic_begin(void);
                int main(void) { __VERIFIER_atomic_begin(); printf("inside\\n"); return 3; }
                """);
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(r.outcome().exitStatus()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("inside\n");
    }
}
