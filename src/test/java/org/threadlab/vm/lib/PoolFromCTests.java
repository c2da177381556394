package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.ThreadState;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.event.EventRecorder;
import org.threadlab.kernel.event.KernelEvent;
import org.threadlab.kernel.event.PoolChanged;
import org.threadlab.kernel.event.ThreadCreated;
import org.threadlab.kernel.event.ThreadStateChanged;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;

/**
 * A QNX thread pool created from C (sys/dispatch.h) against seed 003's two tables:
 * cprogs/run/pool/seed_tables.c drives lo_water 3, increment 2, hi_water 7, maximum 10,
 * POOL_FLAG_USE_SELF through ten unblocks and ten completions. Its printed counts, the kernel's
 * PoolChanged rows and the threads' kernel states are compared with the rows of
 * src/test/resources/seed003/pool-tables.txt, copied from the seed.
 */
class PoolFromCTests {
    private static final String HEADER = "Event Proc Op Blk Op Total";

    /** A finished run of a C program with every kernel event recorded. */
    private record Run(VmOutcome outcome, Machine machine, List<KernelEvent> events) {
        String stdout() {
            return LibState.of(machine).output().text(Output.Stream.STDOUT);
        }
    }

    private static Run run(String source, VmConfig config) {
        Diagnostics d = new Diagnostics();
        Program p = Compiler.compile(new SourceFile("prog.c", source), PreprocessorConfig.defaults(), d);
        assertThat(d.hasErrors()).as(d.render()).isFalse();
        Machine m = new Machine(p, config, KernelConfig.defaults(), Chooser.realistic(), StandardLibrary.registry());
        EventRecorder recorder = new EventRecorder();
        m.kernel().setSink(recorder);
        m.start(List.of("prog"));
        VmOutcome outcome = m.run();
        return new Run(outcome, m, recorder.events());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PoolFromCTests.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed's table rows, "Label proc blk total", without comments and headers. */
    private static List<String> seedRows() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : resource("/seed003/pool-tables.txt").split("\n")) {
            String row = line.trim().replaceAll("\\s+", " ");
            if (!row.isEmpty() && !row.startsWith("#") && !row.equals(HEADER)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * What seed_tables.c must print: after each event (Initial, each Unblock, each Completion) the
     * counts of that event's last row, trips included, numbered per kind of event.
     */
    private static List<String> expectedCounts(List<String> rows) {
        List<String> lines = new ArrayList<>();
        String event = null;
        String last = null;
        int unblocks = 0;
        int completions = 0;
        for (String row : rows) {
            String[] f = row.split(" ");
            String label = row.replaceAll(" \\d+ \\d+ \\d+$", "");
            String counts = "proc " + f[f.length - 3] + " blk " + f[f.length - 2] + " total " + f[f.length - 1];
            switch (label) {
                case "Initial", "Unblock", "Completion" -> {
                    if (event != null) {
                        lines.add(event + ": " + last);
                    }
                    event = switch (label) {
                        case "Initial" -> "start 0";
                        case "Unblock" -> "unblock " + ++unblocks;
                        default -> "completion " + ++completions;
                    };
                }
                case "lo_water trip", "hi_water trip" -> {
                }
                default -> throw new AssertionError("unknown row " + row);
            }
            last = counts;
        }
        lines.add(event + ": " + last);
        return lines;
    }

    private static String row(PoolChanged c) {
        return c.change().label() + " " + c.processing() + " " + c.blocking() + " " + c.total();
    }

    @Test
    void theProgramPrintsTheLastRowOfEveryEventOfBothSeedTables() throws IOException {
        Run r = run(resource("/cprogs/run/pool/seed_tables.c"), VmConfig.defaults());
        assertThat(r.outcome().status()).as(String.valueOf(r.outcome().fault())).isEqualTo(VmOutcome.Status.EXITED);

        List<String> expected = expectedCounts(seedRows());
        assertThat(expected).hasSize(21).startsWith("start 0: proc 0 blk 3 total 3");
        List<String> printed = r.stdout().lines().toList();
        assertThat(printed.subList(0, printed.size() - 1)).containsExactlyElementsOf(expected);
        assertThat(printed.get(printed.size() - 1)).isEqualTo("desks opened 10");
    }

    @Test
    void theTraceShowsExactlyTheRowsOfBothSeedTables() throws IOException {
        Run r = run(resource("/cprogs/run/pool/seed_tables.c"), VmConfig.defaults());
        List<String> rows = r.events().stream().filter(e -> e instanceof PoolChanged)
                .map(e -> row((PoolChanged) e)).toList();
        assertThat(rows).containsExactlyElementsOf(seedRows());
    }

    /**
     * Whenever the front desk wakes (everyone else has settled), the threads blocked on the
     * "requests" semaphore (in block_func) are the pool's blocking count, and those blocked on
     * "finish" (in handler_func) its processing count.
     */
    @Test
    void threadsInBlockFuncAreBlockingAndThreadsInHandlerFuncAreProcessing() throws IOException {
        Run r = run(resource("/cprogs/run/pool/seed_tables.c"), VmConfig.defaults());
        int desk = r.events().stream().filter(e -> e instanceof ThreadCreated c && c.name().equals("front_desk"))
                .mapToInt(e -> ((ThreadCreated) e).tid()).findFirst().orElseThrow();
        Map<Integer, String> waitingOn = new TreeMap<>();
        PoolChanged counts = null;
        int checks = 0;
        for (KernelEvent e : r.events()) {
            if (e instanceof PoolChanged p) {
                counts = p;
            } else if (e instanceof ThreadStateChanged s) {
                waitingOn.put(s.tid(), s.to() == ThreadState.SEM ? s.object() : s.to().name());
                if (s.tid() == desk && s.from() == ThreadState.NANOSLEEP) {
                    assertThat(counts).isNotNull();
                    assertThat(waitingOn.values().stream().filter("requests"::equals).count())
                            .as("threads in block_func at check %d", checks).isEqualTo(counts.blocking());
                    assertThat(waitingOn.values().stream().filter("finish"::equals).count())
                            .as("threads in handler_func at check %d", checks).isEqualTo(counts.processing());
                    checks++;
                }
            }
        }
        assertThat(checks).isEqualTo(21);
    }

    private static final String POOL_PROGRAM = """
            #include <sys/dispatch.h>
            #include <errno.h>
            #include <stdio.h>
            #include <unistd.h>
            int context;
            dispatch_context_t *alloc(dispatch_t *h) { return (dispatch_context_t *)&context; }
            dispatch_context_t *block(dispatch_context_t *c) { sleep(1000); return c; }
            int handle(dispatch_context_t *c) { return 0; }
            void release(dispatch_context_t *c) { }
            int main(void) {
                thread_pool_attr_t a = {0};
                a.context_alloc = alloc; a.block_func = BLOCK; a.handler_func = handle; a.context_free = release;
                a.lo_water = LO; a.increment = INC; a.hi_water = 20; a.maximum = 20;
                thread_pool_t *p = thread_pool_create(&a, 0);
                if (p == NULL) { printf("NULL %s\\n", errno == EINVAL ? "EINVAL" : "?"); return 0; }
                printf("start %d\\n", thread_pool_start(p));
                usleep(1000);
                return 0;
            }
            """;

    private static String pool(String block, int loWater, int increment) {
        return POOL_PROGRAM.replace("BLOCK", block).replace("LO", String.valueOf(loWater))
                .replace("INC", String.valueOf(increment));
    }

    @Test
    void poolThreadsBeyondTheThreadBudgetEndTheRunWithABudgetFault() {
        Run r = run(pool("block", 10, 10), VmConfig.defaults().toBuilder().threads(4).build());
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(r.outcome().fault().message()).isEqualTo("thread budget of 4 exceeded");
    }

    @Test
    void poolThreadsWithinTheBudgetRun() {
        Run r = run(pool("block", 3, 3), VmConfig.defaults().toBuilder().threads(4).build());
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(r.stdout()).isEqualTo("start 0\n");
    }

    @Test
    void aNullBlockFuncIsALibraryFaultThatNamesIt() {
        Run r = run(pool("NULL", 1, 1), VmConfig.defaults());
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(r.outcome().fault().kind()).isEqualTo(FaultKind.LIBRARY);
        assertThat(r.outcome().fault().message()).contains("block_func is NULL");
    }

    @Test
    void anIncrementOfZeroIsEinval() {
        Run r = run(pool("block", 1, 0), VmConfig.defaults());
        assertThat(r.stdout()).isEqualTo("NULL EINVAL\n");
    }

    @Test
    void normalisationFollowsQnx() {
        assertThat(PoolLib.normalised(5, 1, 9, 4)).hasToString("lo_water=4 increment=1 hi_water=4 maximum=4");
        assertThat(PoolLib.normalised(3, 2, 7, 10)).hasToString("lo_water=3 increment=2 hi_water=7 maximum=10");
        assertThat(PoolLib.normalised(3, 0, 7, 10)).isNull();
    }
}
