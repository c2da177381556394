package org.threadlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.explore.Budget;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;
import org.threadlab.explore.strategy.Auto;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * ThreadLab's explorer beside SPIN on three classic problems written both in C and in Promela
 * (the C in src/test/resources/explore/corpus, the Promela beside it in explore/spin): a correct
 * bounded buffer, the same buffer with one condvar
 * and {@code if} instead of {@code while}, and four dining philosophers taking left then right.
 * In one run, for each problem: the verdict; ThreadLab's executions and SPIN's stored states;
 * the whole process (ThreadLab: {@code bin/threadlab explore}, JVM start, compile and search;
 * SPIN: {@code spin -a}, {@code gcc -O2 -DSAFETY}, {@code ./pan}), the median of five (one run for
 * a search that runs to its 30 s limit); and the
 * search alone (ThreadLab warm, in this JVM, the median of ten after ten warm-ups, or of three for
 * searches over two seconds, once more; SPIN: pan's
 * own elapsed time, which has a 10 ms resolution, and the time of the {@code ./pan} process).
 * Run it with
 * {@code ./mvnw -B -Pbench -DskipTests -Dfrontend.skip=true verify -Dbench.main=org.threadlab.bench.SpinComparison -Dbench.args=}
 * after {@code bin/threadlab} has built its classpath; it prints a Markdown table.
 */
public final class SpinComparison {
    private static final Path C = Path.of("src/test/resources/explore/corpus");
    private static final Path PROMELA = Path.of("src/test/resources/explore/spin");

    /** A problem: its name in the table, its C program and its Promela model. */
    private record Problem(String name, String c, String promela) {
    }

    private static final Problem[] PROBLEMS = {
        new Problem("bounded_buffer_sem", "bounded_buffer_sem.c", "bounded_buffer_sem"),
        new Problem("bounded_buffer_cond_if", "cond_if_instead_of_while.c", "bounded_buffer_cond_if"),
        new Problem("philosophers", "philosophers.c", "philosophers"),
    };
    private static final int WHOLE_RUNS = 5;
    private static final int WARM_RUNS = 10;

    private SpinComparison() {
    }

    /** What one tool concluded and how long it took, in milliseconds. */
    record Result(String verdict, String explored, double wholeMs, double searchMs, String note) {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(Path.of("."), "spin", "-V");
        } catch (IOException e) {
            System.err.println("SpinComparison needs SPIN on the PATH: apt-get install spin (Debian's package, 6.5.2)");
            System.exit(2);
        }
        List<String> rows = new ArrayList<>();
        rows.add("| problem | tool | verdict | explored | whole process | search only |");
        rows.add("|---|---|---|---|---|---|");
        for (Problem problem : PROBLEMS) {
            Result t = threadlab(C.resolve(problem.c()));
            Result s = spin(problem.promela());
            rows.add(row(problem.name(), "ThreadLab", t));
            rows.add(row(problem.name(), "SPIN 6.5.2", s));
            System.err.println(problem.name() + " done");
        }
        rows.forEach(System.out::println);
    }

    private static String row(String problem, String tool, Result r) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.0f ms | %s |", problem, tool, r.verdict(),
                r.explored(), r.wholeMs(), r.note());
    }

    // ------------------------------------------------------------------ ThreadLab

    private static Result threadlab(Path source) throws Exception {
        Path report = Files.createTempFile("explore", ".json");
        double[] whole = new double[WHOLE_RUNS];
        int wholeRuns = 0;
        while (wholeRuns < WHOLE_RUNS) {
            long start = System.nanoTime();
            run(Path.of("."), "bin/threadlab", "explore", source.toString(), "--report", report.toString());
            whole[wholeRuns++] = (System.nanoTime() - start) / 1e6;
            if (whole[0] > 5_000 && wholeRuns == 3) {
                break; // a long search: the median of three is enough
            }
        }
        whole = Arrays.copyOf(whole, wholeRuns);
        String json = Files.readString(report);
        String verdict = field(json, "verdict") + ("true".equals(field(json, "complete")) ? " (complete)" : "")
                + (json.contains("\"kind\"") ? ": " + field(json, "kind") : "");
        String executions = field(json, "executions") + " executions";

        Target target = target(source);
        long start = System.nanoTime();
        Verdict first = search(target);
        executions = String.format(Locale.ROOT, "%,d executions", first.executions())
                + (first.states() >= 0 ? String.format(Locale.ROOT, " (%,d states)", first.states()) : "");
        // long searches are already warm after one run; repeat them only once more
        int runs = (System.nanoTime() - start) > 2_000_000_000L ? 1 : WARM_RUNS;
        for (int i = 1; i < runs; i++) {
            search(target);
        }
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            search(target);
            warm[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Result(verdict, executions, median(whole),
                median(warm), String.format(Locale.ROOT, "%.1f ms (warm, in one JVM)", median(warm)));
    }

    /** The search {@code bin/threadlab explore} runs by default: auto, seed 1, its default budgets. */
    private static Verdict search(Target target) {
        return Explorer.explore(target, new Auto(target, 2, 1), new Budget(1_000_000, 30_000_000_000L), System::nanoTime,
                (n, e) -> { });
    }

    static Target target(Path source) throws IOException {
        BuiltinRegistry library = StandardLibrary.registry();
        SourceFile file = new SourceFile(source.getFileName().toString(), Files.readString(source));
        Program program = Compiler.compile(List.of(file), PreprocessorConfig.builder().build(), new Diagnostics(),
                library::contains);
        return new Target(program, library, VmConfig.builder().instructions(1_000_000).build(),
                KernelConfig.builder().preemption(Preemption.SHARED_ACCESSES).build(), List.of(file.name()), 1);
    }

    // ------------------------------------------------------------------ SPIN

    private static Result spin(String problem) throws Exception {
        double[] whole = new double[WHOLE_RUNS];
        double[] pan = new double[WHOLE_RUNS];
        String output = "";
        for (int i = 0; i < WHOLE_RUNS; i++) {
            Path work = Files.createTempDirectory("spin");
            Files.copy(PROMELA.resolve(problem + ".pml"), work.resolve(problem + ".pml"));
            long start = System.nanoTime();
            run(work, "spin", "-a", problem + ".pml");
            run(work, "gcc", "-O2", "-DSAFETY", "-o", "pan", "pan.c");
            long panStart = System.nanoTime();
            output = run(work, "./pan");
            long end = System.nanoTime();
            whole[i] = (end - start) / 1e6;
            pan[i] = (end - panStart) / 1e6;
        }
        int errors = Integer.parseInt(match(output, "errors: (\\d+)"));
        String verdict = errors == 0 ? "no-bug (complete)"
                : "bug: " + (output.contains("assertion violated") ? "assertion" : "invalid end state (deadlock)");
        String states = match(output, "(\\d+) states, stored") + " states";
        String elapsed = match(output, "pan: elapsed time ([0-9.e+-]+)");
        return new Result(verdict, states, median(whole), median(pan), String.format(Locale.ROOT,
                "%.1f ms (./pan process; pan reports %s s)", median(pan), elapsed));
    }

    // ------------------------------------------------------------------ helpers

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        if (status != 0 && !command[0].equals("./pan") && !command[0].endsWith("threadlab")) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + status + "):\n" + out);
        }
        return out;
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no '" + regex + "' in:\n" + text);
        }
        return m.group(1);
    }

    private static String field(String json, String name) {
        return match(json, "\"" + name + "\"\\s*:\\s*\"?([^\",\\n]*)");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
