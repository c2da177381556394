package org.threadlab.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlab.kernel.StateDigest;
import org.threadlab.kernel.choice.ChoicePoint;
import org.threadlab.vm.interp.Machine;

/**
 * The state hash must tell apart any two states that can behave differently. Each case below is a
 * program whose state at its first scheduling choice (just after pthread_create) depends on one
 * nondet bool {@code b} in exactly one field: {@code b} itself is overwritten before the choice,
 * so the runs with b = 0 and b = 1 differ only there, and their digests must differ. The
 * same run twice must give the same digest.
 */
class StateHasherTests {
    private static final String PROGRAM = """
            #include <pthread.h>
            #include <semaphore.h>
            #include <stdio.h>
            #include <stdlib.h>
            _Bool __VERIFIER_nondet_bool(void);
            static sem_t sem;
            static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
            static pthread_mutex_t other = PTHREAD_MUTEX_INITIALIZER;
            static int global;
            static void *worker(void *arg) { return arg; }
            static void *stack_writer(int b) { volatile int dead[4]; dead[2] = b; return 0; }
            int main(void) {
                int b = __VERIFIER_nondet_bool();
                pthread_t t;
                void *block = malloc(16);
                sem_init(&sem, 0, 1);
                pthread_mutex_lock(&mutex);
                pthread_mutex_lock(&other);
                pthread_mutex_unlock(&other);
                FIELD;
                b = 0;
                pthread_create(&t, 0, worker, 0);
                pthread_join(t, 0);
                return 0;
            }
            """;

    /** The digest at the first scheduling choice of the run with nondet bool {@code b}. */
    private static StateDigest digestAtFirstChoice(String field, int b) {
        return digestAtFirstChoice(ExploreTargets.of(PROGRAM.replace("FIELD", field)), b);
    }

    private static StateDigest digestAtFirstChoice(Target target, int b) {
        StateHasher hasher = new StateHasher(target);
        StateDigest[] first = new StateDigest[1];
        MachineChooser chooser = new MachineChooser() {
            private Machine machine;

            @Override
            public void attach(Machine m) {
                machine = m;
            }

            @Override
            public int choose(ChoicePoint point, int options, int realistic) {
                if (point == ChoicePoint.NONDET) {
                    return b;
                }
                if (first[0] == null && (point == ChoicePoint.PREEMPT || point == ChoicePoint.DISPATCH)) {
                    first[0] = hasher.digest(machine, point);
                }
                return realistic;
            }
        };
        Execution e = Execution.run(target, chooser);
        assertThat(e.bug()).as(e.message()).isNull();
        assertThat(first[0]).as("a scheduling choice was met").isNotNull();
        return first[0];
    }

    private static boolean same(StateDigest x, StateDigest y) {
        return x.high() == y.high() && x.low() == y.low();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "global = b",                                           // a global's bytes
        "((char *) block)[15] = b",                             // a heap block's bytes
        "if (b) free(block)",                                   // which heap blocks are live
        "if (b) sem_wait(&sem)",                                // a semaphore's count
        "if (b) pthread_mutex_unlock(&mutex)",                  // a mutex's owner
        "if (b) srand(7)",                                      // rand()'s state
        "if (b) stack_writer(1)",                               // a dead frame's bytes on the stack
        "if (b) rand()",                                        // rand()'s state, advanced
    })
    void statesThatDifferInOneFieldHashApart(String field) {
        Target target = ExploreTargets.of(PROGRAM.replace("FIELD", field));
        StateDigest zero = digestAtFirstChoice(target, 0);
        StateDigest again = digestAtFirstChoice(target, 0);
        StateDigest one = digestAtFirstChoice(target, 1);
        assertThat(same(zero, again)).as("the same state hashes the same").isTrue();
        assertThat(same(zero, one)).as("the states differ in one field").isFalse();
    }

    @Test
    void aLiveLocalsSlotIsHashedADeadOneIsNot() {
        // b is read after the first choice in one program and never again in the other: only a
        // slot some path still reads can change the run's future (SlotLiveness).
        String live = PROGRAM.replace("FIELD;\n    b = 0;", "pthread_create(&t, 0, worker, 0); pthread_join(t, 0); global = b;");
        String dead = PROGRAM.replace("FIELD;\n    b = 0;", "pthread_create(&t, 0, worker, 0); pthread_join(t, 0); global = 0;");
        assertThat(live).isNotEqualTo(PROGRAM);
        assertThat(same(digestAtFirstChoice(ExploreTargets.of(live), 0), digestAtFirstChoice(ExploreTargets.of(live), 1)))
                .as("b is live at the first choice").isFalse();
        assertThat(same(digestAtFirstChoice(ExploreTargets.of(dead), 0), digestAtFirstChoice(ExploreTargets.of(dead), 1)))
                .as("b is dead at the first choice").isTrue();
    }

    @Test
    void outputIsLeftOut() {
        // What the program printed never feeds back into it (StateHasher's documented exception).
        Target target = ExploreTargets.of(PROGRAM.replace("FIELD", "if (b) printf(\"x\\n\")"));
        assertThat(same(digestAtFirstChoice(target, 0), digestAtFirstChoice(target, 1))).isTrue();
    }
}
