package org.threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadlab run}, in-process through {@link Main#execute}, on C files in a temp folder. */
class RunCommandTests {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private static final String COUNTER = """
            #include <stdio.h>
            #include <pthread.h>

            int counter;
            pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

            void *worker(void *arg) {
                for (int i = 0; i < 1000; i++) {
                    pthread_mutex_lock(&lock);
                    counter++;
                    pthread_mutex_unlock(&lock);
                }
                return NULL;
            }

            int main(int argc, char **argv) {
                pthread_t t[4];
                for (int i = 0; i < 4; i++)
                    pthread_create(&t[i], NULL, worker, NULL);
                for (int i = 0; i < 4; i++)
                    pthread_join(t[i], NULL);
                printf("counter = %d, argc = %d, last = %s\\n", counter, argc, argv[argc - 1]);
                fprintf(stderr, "done\\n");
                return 7;
            }
            """;

    private static final String RACY = """
            #include <stdio.h>
            #include <pthread.h>
            #include <assert.h>

            int counter;

            void *worker(void *arg) {
                for (int i = 0; i < 1000; i++)
                    counter++;
                return NULL;
            }

            int main(void) {
                pthread_t t1, t2;
                pthread_create(&t1, NULL, worker, NULL);
                pthread_create(&t2, NULL, worker, NULL);
                pthread_join(t1, NULL);
                pthread_join(t2, NULL);
                printf("counter = %d\\n", counter);
                assert(counter == 2000);
                return 0;
            }
            """;

    @Test
    void programRunsWithItsArgumentsOutputAndExitStatus() throws IOException {
        Result r = run("run", write("counter.c", COUNTER), "--", "alpha", "beta");
        assertThat(r.out()).isEqualTo("counter = 4000, argc = 3, last = beta\n");
        assertThat(r.err()).isEqualTo("done\n");
        assertThat(r.status()).isEqualTo(7);
    }

    @Test
    void lockOrderDeadlockIsDiagnosedWithTheWaitForCycle() throws IOException {
        Result r = run("run", write("dead.c", """
                #include <pthread.h>
                #include <unistd.h>
                pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;
                void *worker(void *arg) {
                    pthread_mutex_lock(&b);
                    usleep(1000);
                    pthread_mutex_lock(&a);
                    return NULL;
                }
                int main(void) {
                    pthread_t t;
                    pthread_mutex_lock(&a);
                    pthread_create(&t, NULL, worker, NULL);
                    usleep(500);
                    pthread_mutex_lock(&b);
                    return 0;
                }
                """));
        assertThat(r.status()).isEqualTo(RunCommand.DEADLOCK);
        assertThat(r.err()).startsWith("deadlock: every live thread is blocked and no timer can wake one\n")
                .containsPattern("thread 1 \\(main\\)\\s+MUTEX\\s+on \\S+\\s+held by thread 2\\s+at \\S*dead.c:15:")
                .containsPattern("thread 2 \\(worker\\)\\s+MUTEX\\s+on \\S+\\s+held by thread 1\\s+at \\S*dead.c:7:")
                .contains("wait-for cycle: thread 1 (main) -> thread 2 (worker) -> thread 1 (main)");
    }

    @Test
    void failedAssertionShowsTheLineAndTheReportSaysAssertion() throws IOException {
        Path report = dir.resolve("report.json");
        Result r = run("run", write("racy.c", RACY), "--mode", "random", "--seed", "3", "--cpus", "2",
                "--report", report.toString());
        assertThat(r.status()).isEqualTo(RunCommand.ABORTED);
        assertThat(r.err()).contains("racy.c:20:5: thread 1 (main): assertion failed: counter == 2000")
                .contains("   20 |     assert(counter == 2000);");
        String json = Files.readString(report);
        assertThat(json).contains("\"outcome\" : \"assertion\"", "\"exitStatus\" : 134", "\"line\" : 20",
                "\"threads\" : 3", "\"contextSwitches\"", "\"ticks\"", "\"instructions\"");
    }

    @Test
    void theSameSeedLosesTheSameUpdates() throws IOException {
        String file = write("racy.c", RACY);
        Result first = run("run", file, "--mode", "random", "--seed", "11", "--cpus", "2");
        Result again = run("run", file, "--mode", "random", "--seed", "11", "--cpus", "2");
        assertThat(again).isEqualTo(first);
        assertThat(first.out()).startsWith("counter = ");
    }

    @Test
    void compileErrorsAreShownLikeACompilerAndExitWith1() throws IOException {
        Result r = run("run", write("bad.c", "int main(void) {\n    return count;\n}\n"));
        assertThat(r.status()).isEqualTo(RunCommand.COMPILE_ERROR);
        assertThat(r.err()).contains("bad.c:2:12: error: ").contains("    2 |     return count;").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badInputIsOneLineAndStatus2() throws IOException {
        Path binary = dir.resolve("a.out");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});
        for (Result r : new Result[] {run("run", dir.resolve("missing.c").toString()), run("run", binary.toString()),
                run("run", "--bogus", "x.c"), run("run", write("p.c", "int main(void){return 0;}"), "--cpus", "99")}) {
            assertThat(r.status()).isEqualTo(Main.USAGE);
            assertThat(r.err()).startsWith("threadlab run: ").hasLineCount(1);
        }
    }

    @Test
    void severalFilesAreCompiledSeparatelyAndLinkedIntoOneProgram() throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        write("lib/stack.h", "void push(int v);\nint pop(void);\nextern int depth;\n");
        String stack = write("lib/stack.c", """
                #include "stack.h"
                #define SIZE 8
                static int items[SIZE];
                int depth;
                void push(int v) { items[depth++] = v; }
                int pop(void) {
                    int *top = &items[depth - 1];
                    depth--;
                    return *top;
                }
                """);
        String main = write("main.c", """
                #include <stdio.h>
                #include "lib/stack.h"
                static int items = 3;
                int main(int argc, char **argv) {
                    for (int i = 1; i <= items; i++)
                        push(i * 10);
                    int top = pop();
                    printf("%d %d %s\\n", top, depth, argv[0]);
                    if (argc > 1)
                        depth = 0;
                    return pop();
                }
                """);
        Result ok = run("run", main, stack);
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).isEqualTo("30 2 " + main + "\n");
        assertThat(ok.status()).isEqualTo(20);

        Path report = dir.resolve("fault.json");
        Result fault = run("run", main, stack, "--report", report.toString(), "--", "empty");
        assertThat(fault.status()).isEqualTo(RunCommand.MEMORY_FAULT);
        assertThat(fault.err()).contains(stack + ":9:12: fault in thread 1 (main): out-of-bounds access")
                .contains("global 'items@stack.c'").contains("    9 |     return *top;")
                .contains("called from " + main + ":11:");
        assertThat(Files.readString(report)).contains("\"file\" : \"" + stack + "\"", "\"line\" : 9");
    }

    @Test
    void aLinkErrorIsACompileErrorWithBothDefinitionsNamed() throws IOException {
        String a = write("a.c", "int shared = 1;\nint main(void) { return shared; }\n");
        String b = write("b.c", "/* b */\nint shared = 2;\n");
        Path report = dir.resolve("link.json");
        Result r = run("run", a, b, "--report", report.toString());
        assertThat(r.status()).isEqualTo(RunCommand.COMPILE_ERROR);
        assertThat(r.err()).contains(b + ":2:5: error: multiple definition of 'shared' (first defined at " + a + ":1)")
                .contains("    2 | int shared = 2;").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).contains("multiple definition of 'shared'");

        Result noMain = run("run", b, write("c.c", "int helper(void) { return 0; }\n"));
        assertThat(noMain.status()).isEqualTo(RunCommand.COMPILE_ERROR);
        assertThat(noMain.err()).contains("undefined reference to 'main'");
    }

    @Test
    void warningsAndTheTraceNameTheFileTheyComeFrom() throws IOException {
        String worker = write("worker.c", """
                #include <pthread.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                int done;
                void *worker(void *arg) {
                    pthread_mutex_lock(&m);
                    if (arg != 0)
                        return arg;
                    done = 1;
                    pthread_mutex_unlock(&m);
                    return 0;
                }
                """);
        String main = write("main.c", """
                #include <pthread.h>
                void *worker(void *arg);
                int main(void) {
                    pthread_t t;
                    pthread_create(&t, 0, worker, 0);
                    pthread_join(t, 0);
                    return 0;
                }
                """);
        Result r = run("run", main, worker, "--trace");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains(worker + ":7:9: warning: 'm' may still be locked at this return")
                .contains("created in process 1 by thread 1 priority 10 RR (worker)")
                .contains("acquired m");
    }

    @Test
    void aFunctionNobodyProvidesIsAnUndefinedReferenceAtItsCall() throws IOException {
        Result r = run("run", write("undef.c", """
                #include <stdio.h>
                int frobnicate(int);
                int main(void) {
                    printf("%d\\n", frobnicate(3));
                    return 0;
                }
                """));
        assertThat(r.status()).isEqualTo(RunCommand.COMPILE_ERROR);
        assertThat(r.err()).contains("undef.c:4:").contains("undefined reference to 'frobnicate'")
                .doesNotContain("internal error");
    }

    @Test
    void concurrencyWarningsAppearBeforeTheRun() throws IOException {
        Result r = run("run", write("ifwait.c", """
                #include <pthread.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                pthread_cond_t c = PTHREAD_COND_INITIALIZER;
                int ready = 1;
                int main(void) {
                    pthread_mutex_lock(&m);
                    if (!ready)
                        pthread_cond_wait(&c, &m);
                    pthread_mutex_unlock(&m);
                    return 0;
                }
                """));
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("ifwait.c:8:9: warning: pthread_cond_wait is not in a loop that re-checks its condition");
    }

    @Test
    void aMegabyteSourceCompilesAndRuns() throws IOException {
        StringBuilder src = new StringBuilder("#include <stdio.h>\nlong total;\n");
        int functions = 0;
        while (src.length() < 1_000_000) {
            src.append("long f").append(functions).append("(long x) { return x * 3 + ").append(functions)
                    .append("; /* padding to make the file large, as a hostile upload would */ }\n");
            functions++;
        }
        src.append("int main(void) { total = f0(1) + f").append(functions - 1).append("(1);\n")
                .append("    printf(\"%ld\\n\", total); return 0; }\n");
        Result r = run("run", write("big.c", src.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo((3 + 3 + functions - 1) + "\n");
    }

    @Test
    void tenThousandNestedParenthesesEndWithOneDiagnostic() throws IOException {
        String src = "int main(void) { return " + "(".repeat(10_000) + "0" + ")".repeat(10_000) + "; }\n";
        Result r = run("run", write("deep.c", src));
        assertThat(r.status()).isEqualTo(RunCommand.COMPILE_ERROR);
        assertThat(r.err()).contains("nest too deeply").doesNotContain("Exception").doesNotContain("internal");
    }

    @Test
    void reachingSvCompsErrorLocationIsReportedAsReachError() throws IOException {
        Path report = dir.resolve("reach.json");
        Result r = run("run", write("reach.c", """
                extern void reach_error(void);
                int main(void) { reach_error(); return 0; }
                """), "--report", report.toString());
        assertThat(r.status()).isEqualTo(RunCommand.ABORTED);
        assertThat(Files.readString(report)).contains("\"outcome\" : \"reach_error\"");
    }

    @Test
    void aScheduleFoundWithTheExplorersChecksFailsTheSameWayUnderRun() throws IOException {
        String racy = "src/test/resources/explore/races/flag_publication.c";
        String raceSchedule = dir.resolve("race.json").toString();
        Result found = run("explore", racy, "--races", "--schedule-out", raceSchedule);
        assertThat(found.status()).isEqualTo(1);
        Result plain = run("run", racy);
        assertThat(plain.status()).as("without the schedule the realistic run is clean").isZero();
        Result replayed = run("run", racy, "--schedule", raceSchedule);
        assertThat(replayed.status()).isEqualTo(134);
        assertThat(replayed.err()).contains("data race on 'ready'");

        String room = "src/test/resources/explore/corpus/invariant_room.c";
        String invariantSchedule = dir.resolve("invariant.json").toString();
        assertThat(run("explore", room, "--invariant", "inside >= 0 && inside <= CAPACITY",
                "--schedule-out", invariantSchedule).status()).isEqualTo(1);
        Result broken = run("run", room, "--schedule", invariantSchedule);
        assertThat(broken.status()).isEqualTo(134);
        assertThat(broken.err()).contains("invariant 'inside >= 0 && inside <= CAPACITY' is false");
    }

    @Test
    void aBugFoundSwitchingAtKernelCallsOnlyReplaysUnderRun() throws IOException {
        // auto finds the philosophers' deadlock at kernel calls; the file records that view
        String philosophers = "src/test/resources/explore/corpus/philosophers.c";
        Path schedule = dir.resolve("deadlock.json");
        Result found = run("explore", philosophers, "--schedule-out", schedule.toString());
        assertThat(found.status()).as(found.err()).isEqualTo(1);
        assertThat(found.out()).startsWith("deadlock found after ");
        assertThat(Files.readString(schedule)).contains("\"preemption\" : \"KERNEL_CALLS_ONLY\"");
        Result replayed = run("run", philosophers, "--schedule", schedule.toString());
        assertThat(replayed.status()).as(replayed.err()).isEqualTo(RunCommand.DEADLOCK);
        assertThat(replayed.err()).contains("deadlock");
    }
}
