package org.threadlab.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code threadlab} command: a picocli parent whose subcommands do the work, each in its own
 * class. Errors are for people: a bad argument gives one line on stderr, "threadlab pool: ...",
 * and exit status 2; an unexpected failure one line and status 1; never a stack trace.
 */
@Command(name = "threadlab", mixinStandardHelpOptions = true, version = "threadlab 0.1.0",
        description = "ThreadLab on the command line: the deterministic simulated kernel without the web application.",
        subcommands = {PoolCommand.class, RunCommand.class, ExploreCommand.class})
public final class Main implements Runnable {
    /** Exit status for a bad command line. */
    public static final int USAGE = 2;
    /** Exit status for an unexpected failure. */
    public static final int FAILURE = 1;

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "give a command: " + String.join(", ", spec.subcommands().keySet()) + " (see threadlab --help)");
    }

    /** The entry point of bin/threadlab: runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line, printing to {@code out} and {@code err}; returns the exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((ex, ignored) -> {
                    report(ex.getCommandLine(), ex.getMessage());
                    return USAGE;
                })
                .setExecutionExceptionHandler((ex, cl, ignored) -> {
                    report(cl, "internal error: " + ex);
                    return FAILURE;
                });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** One line on the command's stderr: "threadlab pool: message". */
    private static void report(CommandLine cl, String message) {
        String text = message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + text);
    }
}
