package org.threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.threadlab.cc.CompileError;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.explore.BugKind;
import org.threadlab.explore.ScheduleFile;
import org.threadlab.explore.check.Checks;
import org.threadlab.explore.check.ExecutionChecks;
import org.threadlab.explore.check.Finding;
import org.threadlab.explore.check.Invariant;
import org.threadlab.explore.check.InvariantAt;
import org.threadlab.explore.check.InvariantCompiler;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.Policy;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.kernel.choice.ReplayChooser;
import org.threadlab.kernel.event.EventFormatter;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.OutcomeDiagnosis;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.LibState;
import org.threadlab.vm.lib.Output;
import org.threadlab.vm.lib.StandardLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code threadlab run prog.c [more.c ...] [options] [-- program arguments]}: compiles a C program
 * (one or several {@code .c} files, each its own translation unit, linked together as gcc would),
 * runs it on the simulated kernel and exits as the program did. An abnormal end prints a diagnosis on
 * stderr (the deadlocked threads and their wait-for cycle; the faulting thread and line) and
 * exits with the status a shell would show for it (see the help text).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compiles a C program and runs it on the simulated kernel, deterministically.",
                "A program may be several .c files: each is compiled on its own and they are linked as gcc does.",
                "The program's stdout and stderr appear as it printed them; the exit status is its own.",
                "Abnormal ends print a diagnosis on stderr and exit with 134 (assertion, abort),",
                "136 (arithmetic fault), 139 (memory fault), 125 (deadlock) or 124 (a budget ran out);",
                "a compile or link error exits with 1, a bad command line with 2."})
final class RunCommand implements Callable<Integer> {
    static final int COMPILE_ERROR = 1;
    static final int ABORTED = 134;
    static final int ARITHMETIC_FAULT = 136;
    static final int MEMORY_FAULT = 139;
    static final int DEADLOCK = 125;
    static final int BUDGET = 124;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProgramOptions program;

    @Option(names = "--cpus", paramLabel = "N", defaultValue = "1", description = "simulated CPUs, 1 to 16 (default: 1)")
    private int cpus;

    @Option(names = "--policy", paramLabel = "fifo|rr", defaultValue = "rr",
            description = "scheduling policy of the main thread (default: rr)")
    private String policy;

    @Option(names = "--quantum", paramLabel = "TICKS", defaultValue = "4", description = "RR timeslice in ticks (default: 4)")
    private int quantum;

    @Option(names = "--mode", paramLabel = "realistic|random", defaultValue = "realistic",
            description = "realistic: QNX rules with fixed tick lengths; random: seeded random choices")
    private String mode;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed for random mode and rand() (default: 1)")
    private long seed;

    @Option(names = "--max-instructions", paramLabel = "N", description = "instruction budget (default: the VM's)")
    private Long maxInstructions;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
            description = "wall-clock budget in seconds (default: 10)")
    private double timeLimit;

    @Option(names = "--report", paramLabel = "FILE", description = "write a JSON summary of the run to FILE")
    private Path report;

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "replay the schedule in FILE (from explore --schedule-out); its CPUs, policy, quantum, seed"
                    + " and the explorer's checks (races, invariants, livelock) apply, so it fails the same way")
    private Path schedule;

    @Option(names = "--trace", description = "print every kernel event on stderr, one line each")
    private boolean trace;

    @Override
    public Integer call() throws IOException {
        List<SourceFile> sources = program.sources(this::usage);
        ScheduleFile replay = schedule == null ? null : readSchedule();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        Diagnostics diagnostics = new Diagnostics();
        BuiltinRegistry library = StandardLibrary.registry();
        Program compiled;
        List<Invariant> invariants = List.of();
        try {
            if (replay != null && !replay.checking().invariants().isEmpty()) {
                InvariantCompiler.Compiled c = InvariantCompiler.compile(sources, program.preprocessorConfig(),
                        replay.checking().invariants(), diagnostics, library::contains);
                compiled = c.program();
                invariants = c.invariants();
            } else {
                compiled = Compiler.compile(sources, program.preprocessorConfig(), diagnostics, library::contains);
            }
        } catch (CompileError e) {
            err.print(e.diagnostics().render());
            err.flush();
            RunReport.write(report, RunReport.compileError(e.diagnostics().render()));
            return COMPILE_ERROR;
        }
        err.print(diagnostics.render());

        Machine machine = replay == null
                ? new Machine(compiled, vmConfig(), kernelConfig(), chooser(), library)
                : new Machine(compiled, vmConfig(), replayConfig(replay), new ReplayChooser(replay.schedule()), library);
        LibState.of(machine).seedRandom(replay == null ? seed : replay.seed());
        if (trace) {
            machine.kernel().setSink(e -> err.println(EventFormatter.format(e)));
        }
        machine.start(program.argv());
        Checks checks = replay == null ? null : replayChecks(replay.checking(), invariants);
        Finding finding = null;
        VmOutcome outcome;
        if (checks == null) {
            outcome = runWithinTimeLimit(machine);
        } else {
            ExecutionChecks.Result checked = ExecutionChecks.run(machine, checks);
            outcome = checked.outcome();
            finding = BugKind.of(outcome) == null ? checked.finding() : null;
        }

        for (Output.Chunk chunk : LibState.of(machine).output().chunks()) {
            (chunk.stream() == Output.Stream.STDOUT ? out : err).print(chunk.text());
        }
        out.flush();
        String diagnosis = finding != null ? finding.message() + "\n" : OutcomeDiagnosis.describe(machine, outcome);
        err.print(diagnosis);
        err.flush();
        if (finding != null) {
            RunReport.write(report, RunReport.of(machine, outcome, diagnosis).put("outcome", finding.kind().reportName())
                    .put("exitStatus", ABORTED));
            return ABORTED;
        }
        RunReport.write(report, RunReport.of(machine, outcome, diagnosis));
        return exitStatus(outcome);
    }

    /** Runs in slices of a million instructions, stopping when the wall-clock budget is spent. */
    private VmOutcome runWithinTimeLimit(Machine machine) {
        long deadline = System.nanoTime() + (long) (timeLimit * 1e9);
        VmOutcome outcome = machine.run(1_000_000);
        while (outcome.status() == VmOutcome.Status.RUNNING) {
            if (System.nanoTime() > deadline) {
                machine.kernel().halt("wall-clock budget of " + timeLimit + " s exceeded");
            }
            outcome = machine.run(1_000_000);
        }
        return outcome;
    }

    static int exitStatus(VmOutcome outcome) {
        return switch (outcome.status()) {
            case EXITED -> outcome.exitStatus();
            case DEADLOCK -> DEADLOCK;
            case BUDGET, HALTED, RUNNING -> BUDGET;
            case FAULT -> switch (RunReport.outcomeName(outcome)) {
                case "assertion", "reach_error" -> ABORTED;
                default -> switch (outcome.fault().kind()) {
                    case DIVISION_BY_ZERO, INTEGER_OVERFLOW -> ARITHMETIC_FAULT;
                    case LIBRARY -> ABORTED;
                    default -> MEMORY_FAULT;
                };
            };
        };
    }

    private ScheduleFile readSchedule() {
        try {
            return ScheduleFile.read(schedule);
        } catch (IOException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * The explorer's checks a schedule was found with (races, invariants, livelock), so that its
     * replay fails the same way; null when it was found with none of them.
     */
    private static Checks replayChecks(ScheduleFile.Checking c, List<Invariant> invariants) {
        if (!c.races() && invariants.isEmpty() && c.livelockBound() == 0) {
            return null;
        }
        InvariantAt at = "exit".equals(c.invariantAt()) ? InvariantAt.EXIT : InvariantAt.STEP;
        return new Checks(c.livelockBound(), invariants, at, c.races());
    }

    /** The configuration a schedule was recorded with: it decides which choice points the run meets. */
    private KernelConfig replayConfig(ScheduleFile replay) {
        return KernelConfig.builder().cpus(replay.cpus()).timesliceTicks(replay.quantum())
                .defaultPolicy(replay.policy()).preemption(replay.preemption())
                .spuriousWakeups(replay.spuriousWakeups()).build();
    }

    private KernelConfig kernelConfig() {
        try {
            return KernelConfig.builder().cpus(cpus).timesliceTicks(quantum).defaultPolicy(policy()).build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private Policy policy() {
        return switch (policy.toLowerCase(Locale.ROOT)) {
            case "fifo" -> Policy.FIFO;
            case "rr" -> Policy.RR;
            default -> throw usage("--policy must be fifo or rr, got '" + policy + "'");
        };
    }

    private Chooser chooser() {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "realistic" -> Chooser.realistic();
            case "random" -> Chooser.random(seed);
            default -> throw usage("--mode must be realistic or random, got '" + mode + "'");
        };
    }

    private VmConfig vmConfig() {
        if (timeLimit <= 0) {
            throw usage("--time-limit must be positive");
        }
        VmConfig.Builder b = VmConfig.builder();
        try {
            if (maxInstructions != null) {
                b.instructions(maxInstructions);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
