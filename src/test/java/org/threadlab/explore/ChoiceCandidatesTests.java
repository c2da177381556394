package org.threadlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.vm.interp.Machine;

/**
 * {@code Kernel.choiceCandidates()}: at every PREEMPT, DISPATCH and CPU choice it names one
 * thread per option, option 0 first, and the thread an answer names is the one whose step comes
 * next (on one CPU; on SMP the chosen CPU's thread). Empty at every other choice point.
 */
class ChoiceCandidatesTests {
    private static final String PROGRAM = """
            #include <pthread.h>
            _Bool __VERIFIER_nondet_bool(void);
            static volatile int shared;
            static void *work(void *arg) {
                for (int i = 0; i < 3; i++) { shared = shared + 1; }
                return arg;
            }
            int main(void) {
                pthread_t t[3];
                for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, work, 0);
                if (__VERIFIER_nondet_bool()) shared = 0;
                for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
                return 0;
            }
            """;

    @ParameterizedTest(name = "{0} CPUs")
    @ValueSource(ints = {1, 2})
    void theChosenOptionsThreadTakesTheNextStep(int cpus) {
        Target target = ExploreTargets.of(PROGRAM,
                KernelConfig.builder().cpus(cpus).preemption(Preemption.SHARED_ACCESSES).build());
        for (long seed = 0; seed < 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] expected = {0};
            int[] checked = {0};
            MachineChooser chooser = new MachineChooser() {
                private Machine machine;

                @Override
                public void attach(Machine m) {
                    machine = m;
                    m.kernel().setStepListener((SimThread t, int used, StepEnd end) -> {
                        if (expected[0] != 0) {
                            assertThat(t.tid()).isEqualTo(expected[0]);
                            expected[0] = 0;
                            checked[0]++;
                        }
                    });
                }

                @Override
                public int choose(ChoicePoint point, int options, int realistic) {
                    List<SimThread> candidates = machine == null ? List.of() : machine.kernel().choiceCandidates();
                    if (point != ChoicePoint.PREEMPT && point != ChoicePoint.DISPATCH && point != ChoicePoint.CPU) {
                        assertThat(candidates).isEmpty();
                        return realistic;
                    }
                    assertThat(candidates).hasSize(options).doesNotHaveDuplicates();
                    int k = random.nextInt(options);
                    if (point != ChoicePoint.CPU) {
                        assertThat(candidates.get(0).cpu().running()).isSameAs(candidates.get(0));
                        if (expected[0] != 0) {
                            // A CPU choice just picked this CPU: option 0 here is its thread.
                            assertThat(candidates.get(0).tid()).isEqualTo(expected[0]);
                        }
                    }
                    expected[0] = candidates.get(k).tid();
                    return k;
                }
            };
            Execution e = Execution.run(target, chooser);
            assertThat(e.bug()).as(e.message()).isNull();
            assertThat(checked[0]).isPositive();
        }
    }
}
