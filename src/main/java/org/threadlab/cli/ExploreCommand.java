package org.threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;
import org.threadlab.explore.Budget;
import org.threadlab.explore.BugKind;
import org.threadlab.explore.Counterexample;
import org.threadlab.explore.Execution;
import org.threadlab.explore.Explorer;
import org.threadlab.explore.ScheduleFile;
import org.threadlab.explore.Target;
import org.threadlab.explore.Verdict;
import org.threadlab.explore.check.Checks;
import org.threadlab.explore.check.InvariantAt;
import org.threadlab.explore.check.InvariantCompiler;
import org.threadlab.explore.strategy.Auto;
import org.threadlab.explore.strategy.Dpor;
import org.threadlab.explore.strategy.IterativeBounding;
import org.threadlab.explore.strategy.Pct;
import org.threadlab.explore.strategy.RandomWalk;
import org.threadlab.explore.strategy.Stateful;
import org.threadlab.explore.strategy.Strategy;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Preemption;
import org.threadlab.vm.VmConfig;
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
 * schedules for a deadlock, a failed assertion, reach_error, a fault, a livelock, starvation, a
 * broken invariant (--invariant) or a data race (--races), and prints the first one found as a
 * per-thread table of its minimised schedule.
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
            description = "auto (default), random, bounded, pct, dpor or stateful")
    private String strategy;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000000", description = "execution budget (default: 1000000)")
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

    @Option(names = "--livelock-bound", paramLabel = "STEPS", defaultValue = "10000",
            description = "steps without progress that make a livelock or starve a READY thread; 0: no check (default: 10000)")
    private long livelockBound;

    @Option(names = "--invariant", paramLabel = "EXPR",
            description = "a C expression over the program's globals that must hold (repeatable), e.g. 'count >= 0 && count <= 2'")
    private List<String> invariants = new ArrayList<>();

    @Option(names = "--invariant-at", paramLabel = "WHEN", defaultValue = "step",
            description = "when the invariants are checked: step (after every visible step, default) or exit")
    private String invariantAt;

    @Option(names = "--races", description = "also report data races (accesses with no happens-before between them)")
    private boolean races;

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
        Checks checks = checks();
        InvariantCompiler.Compiled compiled;
        try {
            compiled = InvariantCompiler.compile(program.sources(this::usage), program.preprocessorConfig(), invariants,
                    diagnostics, library::contains);
        } catch (CompileError e) {
            err.print(e.diagnostics().render());
            err.flush();
            return USAGE;
        }
        err.print(diagnostics.render());
        KernelConfig kernel = kernelConfig();
        VmConfig vm = vmConfig();
        Target target = new Target(compiled.program(), library, vm, kernel, program.argv(), seed,
                checks.withInvariants(compiled.invariants(), checks.at()));
        Strategy chosen = strategy(target);
        ProgressLine progress = new ProgressLine(err, System.console() != null, System::nanoTime, chosen::coverage);
        Verdict verdict = Explorer.explore(target, chosen, new Budget(runs, nanos), System::nanoTime, progress);
        progress.done();
        if (verdict.foundBug()) {
            out.println(verdict.summary());
            out.println("minimised schedule: " + verdict.bug().preemptions() + " preemption"
                    + (verdict.bug().preemptions() == 1 ? "" : "s"));
            out.println();
            out.print(Counterexample.of(verdict.bug().target(), verdict.bug()).render());
        } else {
            out.println(verdict.summary());
        }
        out.flush();
        if (scheduleOut != null && verdict.foundBug()) {
            KernelConfig found = verdict.bug().target().kernel(); // a strategy may have run a coarser view
            new ScheduleFile(program.files(), program.programArgs(), cpus, found.defaultPolicy(),
                    found.timesliceTicks(), found.preemption(), spuriousWakeups, seed,
                    new ScheduleFile.Checking(races, invariants, invariantAt.toLowerCase(Locale.ROOT), livelockBound),
                    verdict.bug().bug().reportName(), failure(verdict.bug()),
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
            case "dpor" -> {
                if (cpus != 1) {
                    throw usage("--strategy dpor handles one CPU only (--cpus 1)");
                }
            }
            default -> throw usage("--strategy must be auto, random, bounded, pct, dpor or stateful, got '" + strategy + "'");
        }
    }

    private Strategy strategy(Target target) {
        return switch (strategy.toLowerCase(Locale.ROOT)) {
            case "random" -> new RandomWalk(seed);
            case "bounded" -> new IterativeBounding(preemptions);
            case "dpor" -> new Dpor();
            case "pct" -> new Pct(depth, seed);
            case "stateful" -> new Stateful(target);
            default -> new Auto(target, preemptions, seed);
        };
    }

    /** The failure a schedule file records: the fault's message, or the first line of the bug's. */
    private static String failure(Execution bug) {
        if (bug.outcome().fault() != null) {
            return bug.outcome().fault().message();
        }
        String m = bug.message();
        int nl = m.indexOf('\n');
        return m.isEmpty() ? bug.bug().reportName() : nl < 0 ? m : m.substring(0, nl);
    }

    private Checks checks() {
        if (livelockBound < 0) {
            throw usage("--livelock-bound must not be negative");
        }
        InvariantAt at = switch (invariantAt.toLowerCase(Locale.ROOT)) {
            case "step" -> InvariantAt.STEP;
            case "exit" -> InvariantAt.EXIT;
            default -> throw usage("--invariant-at must be step or exit, got '" + invariantAt + "'");
        };
        return new Checks(livelockBound, List.of(), at, races);
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
}
