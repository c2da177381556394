package org.threadlab.explore.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;
import org.threadlab.explore.BugKind;
import org.threadlab.explore.Execution;
import org.threadlab.explore.Target;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.RecordingChooser;
import org.threadlab.vm.interp.Machine;

/** Lab-defined invariants: compiled against the program's globals, checked without a trace. */
class InvariantTests {
    private static final String COUNTER = """
            #include <pthread.h>
            #include <stdio.h>
            #include <stdlib.h>
            #define LIMIT 2
            static int count;
            static int *cell;
            static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
            static void *worker(void *arg) {
                pthread_mutex_lock(&m);
                count++;
                *cell += 1;
                pthread_mutex_unlock(&m);
                return arg;
            }
            int main(void) {
                pthread_t a, b;
                cell = malloc(sizeof *cell);
                *cell = 0;
                pthread_create(&a, NULL, worker, NULL);
                pthread_create(&b, NULL, worker, NULL);
                pthread_join(a, NULL);
                pthread_join(b, NULL);
                printf("%d %d %p\\n", count, *cell, (void *) malloc(1));
                return 0;
            }
            """;

    private static Execution run(String expression, InvariantAt at) {
        Target t = CheckFixtures.target(COUNTER, List.of(expression), at, Checks.DEFAULT_LIVELOCK_BOUND, 1_000_000);
        return Execution.run(t, Chooser.realistic());
    }

    @Test
    void aMistakeInTheExpressionIsReportedAgainstTheInvariantWithACaret() {
        Diagnostics diags = new Diagnostics();
        assertThatThrownBy(() -> CheckFixtures.compile(COUNTER, List.of("count >= nosuch"), diags))
                .isInstanceOf(CompileError.class);
        String text = diags.render();
        assertThat(text).contains("invariant:1:10: error: ").contains("    1 | count >= nosuch\n")
                .contains("      |          ^~~~~~").doesNotContain("prog.c");
    }

    @Test
    void anUnfinishedExpressionIsReportedAtItsEnd() {
        Diagnostics diags = new Diagnostics();
        assertThatThrownBy(() -> CheckFixtures.compile(COUNTER, List.of("count >="), diags))
                .isInstanceOf(CompileError.class);
        assertThat(diags.render()).contains("invariant:1:9: error: ").doesNotContain("prog.c");
    }

    @Test
    void severalInvariantsAreNamedByTheirPosition() {
        Diagnostics diags = new Diagnostics();
        assertThatThrownBy(() -> CheckFixtures.compile(COUNTER, List.of("count >= 0", "count <= nosuch"), diags))
                .isInstanceOf(CompileError.class);
        assertThat(diags.render()).contains("invariant2:1:10: error: ").doesNotContain("invariant1:");
    }

    @Test
    void anInvariantSeesTheFilesStaticsAndMacrosAndHoldsInACorrectRun() {
        // between count++ and *cell += 1, *cell is one behind
        Execution e = run("count >= 0 && count <= LIMIT && (cell == 0 || (*cell <= count && *cell >= count - 1))",
                InvariantAt.STEP);
        assertThat(e.bug()).as(e.message()).isNull();
    }

    @Test
    void aFalseInvariantIsFoundAtTheStepThatBrokeIt() {
        Execution e = run("count < 1", InvariantAt.STEP);
        assertThat(e.bug()).isEqualTo(BugKind.INVARIANT);
        assertThat(e.message()).startsWith("invariant 'count < 1' is false after step ").contains("line 10: count++;");
        assertThat(e.threads()).hasSize(1);
    }

    @Test
    void anExitInvariantIsCheckedOnceWhenTheProcessExits() {
        assertThat(run("count == 2", InvariantAt.EXIT).bug()).isNull();
        Execution e = run("count == 3", InvariantAt.EXIT);
        assertThat(e.bug()).isEqualTo(BugKind.INVARIANT);
        assertThat(e.message()).isEqualTo("invariant 'count == 3' is false when the process exits\n");
        // at every step, count == 2 fails long before the exit
        assertThat(run("count == 2", InvariantAt.STEP).bug()).isEqualTo(BugKind.INVARIANT);
    }

    @Test
    void anInvariantMayNotWriteMemoryOrCallTheLibrary() {
        assertThat(run("(count = 1) > 0", InvariantAt.STEP).message()).contains("could not be evaluated: it writes memory");
        assertThat(run("printf(\"x\") > 0", InvariantAt.STEP).message())
                .contains("could not be evaluated: it calls a library function");
        assertThat(run("*(int *) 0 == 0", InvariantAt.STEP).bug()).isEqualTo(BugKind.INVARIANT);
    }

    @Test
    void checkingLeavesTheRunExactlyAsItWas() {
        Outcome plain = outcome(CheckFixtures.target(COUNTER, List.of(), InvariantAt.STEP, 0, 1_000_000));
        Outcome checked = outcome(CheckFixtures.target(COUNTER,
                List.of("count >= 0 && (cell == 0 || *cell >= 0)"), InvariantAt.STEP, 0, 1_000_000));
        assertThat(checked.output).isEqualTo(plain.output).matches("2 2 0x[0-9a-f]+\\n");
        assertThat(checked.instructions).isEqualTo(plain.instructions);
        assertThat(checked.segments).isEqualTo(plain.segments);
        assertThat(checked.schedule).isEqualTo(plain.schedule);
    }

    private record Outcome(String output, long instructions, int segments, Object schedule) {
    }

    private static Outcome outcome(Target target) {
        RecordingChooser recording = new RecordingChooser(Chooser.realistic());
        Machine machine = target.start(recording);
        ExecutionChecks.Result r = ExecutionChecks.run(machine, target.checks());
        assertThat(r.finding()).isNull();
        return new Outcome(machine.output(), r.outcome().instructions(), machine.memory().segmentCount(),
                recording.schedule());
    }
}
