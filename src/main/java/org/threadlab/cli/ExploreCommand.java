package org.threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.threadlab.cc.CompileError;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.explore.Budget;
import org.threadlab.explore.Counterexample;
import org.threadlab.explore.Execution;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.ScheduleFile;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;
import org.threadlab.explore.strategy.Auto;
import org.threadlab.explore.strategy.IterativeBounding;
import org.threadlab.explore.strategy.Pct;
import org.threadlab.explore.strategy.RandomWalk;
import org.threadlab.explore.strategy.Stateful;
import org.threadlab.explore.strategy.Strategy;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.lib.StandardLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code threadlab explore prog.c [options] [-- program arguments]}: searches the program's
 * schedules for a deadlock, a failed assertion, reach_error or a fault, and prints the first one
 * found as a per-thread table of its minimised schedule.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Searches a C program's schedules for the interleaving that breaks it.",
                "Exit status: 0 no bug within the budget, 1 a bug was found, 2 bad usage or a compile error."})
final class ExploreCommand implements Callable<Integer> {
    static final int NO_BUG = 0;
    static final int BUG = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgramOptions program;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "auto",
            description = "auto (default), random, pct, bounded or stateful; dpor is planned")
    private String strategy;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100000", description = "execution budget (default: 100000)")
    private long runs;

    @Option(names = "--preemptions", paramLabel = "K", defaultValue = "2",
            description = "preemption bound for bounded and auto (default: 2)")
    private int preemptions;

    @Option(names = "--depth", paramLabel = "D", defaultValue = "3",
            description = "PCT depth: the bug depth pct aims at, d-1 priority change points (default: 3)")
    private int depth;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the random strategy and of rand() (default: 1)")
    private long seed;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s",
            description = "wall-clock budget of the search: 30s, 500ms, 2m (default: 30s)")
    private String timeLimit;

    @Option(names = "--cpus", paramLabel = "N", defaultValue = "1", description = "simulated CPUs, 1 to 16 (default: 1)")
    private int cpus;

    @Option(names = "--preemption-points", paramLabel = "WHERE", defaultValue = "shared-accesses",
            description = "where a thread may be preempted: shared-accesses (default) or kernel-calls")
    private String preemptionPoints;

    @Option(names = "--spurious-wakeups", description = "let every condition-variable wait end spuriously")
    private boolean spuriousWakeups;

    @Option(names = "--max-instructions", paramLabel = "N", defaultValue = "1000000",
            description = "instruction budget of each execution (default: 1000000)")
    private long maxInstructions;

    @Option(names = "--report", paramLabel = "FILE", description = "write a JSON summary of the search to FILE")
    private Path report;

    @Option(names = "--schedule-out", paramLabel = "FILE", description = "save the failing schedule to FILE (for run --schedule)")
    private Path scheduleOut;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long nanos = Durations.nanos(timeLimit, this::usage);
        checkStrategy();
        BuiltinRegistry library = StandardLibrary.registry();
        Diagnostics diagnostics = new Diagnostics();
        Program compiled;
        try {
            compiled = Compiler.compile(program.sources(this::usage), program.preprocessorConfig(), diagnostics,
                    library::contains);
        } catch (CompileError e) {
            err.print(e.diagnostics().render());
            err.flush();
            return USAGE;
        }
        err.print(diagnostics.render());
        KernelConfig kernel = kernelConfig();
        VmConfig vm = vmConfig();
        Target target = new Target(compiled, library, vm, kernel, program.argv(), seed);
        Strategy chosen = strategy(target);
        Progress progress = new Progress(err, System.console() != null);
        Verdict verdict = Explorer.explore(target, chosen, new Budget(runs, nanos), System::nanoTime, progress);
        progress.done();
        if (verdict.foundBug()) {
            out.println(verdict.summary());
            out.println("minimised schedule: " + verdict.bug().preemptions() + " preemption"
                    + (verdict.bug().preemptions() == 1 ? "" : "s"));
            out.println();
            out.print(Counterexample.of(target, verdict.bug()).render());
        } else {
            out.println(verdict.summary());
        }
        out.flush();
        if (scheduleOut != null && verdict.foundBug()) {
            new ScheduleFile(program.files(), program.programArgs(), cpus, kernel.defaultPolicy(),
                    kernel.timesliceTicks(), kernel.preemption(), spuriousWakeups, seed,
                    verdict.bug().bug().reportName(), verdict.bug().outcome().fault() == null
                            ? "deadlock" : verdict.bug().outcome().fault().message(),
                    verdict.bug().schedule()).write(scheduleOut);
        }
        ExploreReport.write(report, verdict);
        return verdict.foundBug() ? BUG : NO_BUG;
    }

    /** Rejects a bad strategy or bound before the program is compiled. */
    private void checkStrategy() {
        if (preemptions < 0) {
            throw usage("--preemptions must not be negative");
        }
        if (depth < 1) {
            throw usage("--depth must be at least 1");
        }
        switch (strategy.toLowerCase(Locale.ROOT)) {
            case "auto", "random", "bounded", "pct", "stateful" -> {
            }
            case "dpor" -> throw usage("strategy 'dpor' is not available yet; use auto, random, pct, bounded or stateful");
            default -> throw usage("--strategy must be auto, random, bounded, pct, dpor or stateful, got '" + strategy + "'");
        }
    }

    private Strategy strategy(Target target) {
        return switch (strategy.toLowerCase(Locale.ROOT)) {
            case "random" -> new RandomWalk(seed);
            case "bounded" -> new IterativeBounding(preemptions);
            case "pct" -> new Pct(depth, seed);
            case "stateful" -> new Stateful(target);
            default -> new Auto(preemptions, seed);
        };
    }

    private KernelConfig kernelConfig() {
        Preemption where = switch (preemptionPoints.toLowerCase(Locale.ROOT)) {
            case "shared-accesses" -> Preemption.SHARED_ACCESSES;
            case "kernel-calls" -> Preemption.KERNEL_CALLS;
            default -> throw usage("--preemption-points must be shared-accesses or kernel-calls, got '"
                    + preemptionPoints + "'");
        };
        try {
            return KernelConfig.builder().cpus(cpus).preemption(where).spuriousWakeups(spuriousWakeups).build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private VmConfig vmConfig() {
        try {
            return VmConfig.builder().instructions(maxInstructions).build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Progress on stderr, only when it is a terminal: one line rewritten in place. */
    private static final class Progress implements Explorer.Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private boolean printed;

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void executed(long executions, Execution last) {
            if (terminal && executions % 1000 == 0) {
                err.print("\rexplored " + String.format(Locale.ROOT, "%,d", executions) + " executions");
                err.flush();
                printed = true;
            }
        }

        void done() {
            if (printed) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
