package org.threadlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options every command that compiles a C program shares: the source files, {@code -I} and
 * {@code -D} as a C compiler takes them, and the program's own arguments after {@code --}.
 */
final class ProgramOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "the program's .c files (one or more; argv[0] is the first)")
    private List<String> positional = new ArrayList<>();

    @Option(names = "-I", paramLabel = "DIR", description = "add DIR to the include search path")
    private List<Path> includeDirs = new ArrayList<>();

    @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "define a macro, as a C compiler does")
    private List<String> defines = new ArrayList<>();

    /** The arguments after "--", which picocli passes on as positional parameters. */
    List<String> programArgs() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int dashes = original.indexOf("--");
        return dashes < 0 ? List.of() : List.copyOf(original.subList(dashes + 1, original.size()));
    }

    /** The source files named before "--". */
    List<String> files() {
        return List.copyOf(positional.subList(0, positional.size() - programArgs().size()));
    }

    /** argv of the program: its first file's name, then its arguments. */
    List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(files().get(0)).toString());
        argv.addAll(programArgs());
        return argv;
    }

    /**
     * The source files, read; none, or a missing, unreadable or binary file, is {@code usage}'s
     * exception.
     */
    List<SourceFile> sources(Function<String, RuntimeException> usage) {
        List<String> files = files();
        if (files.isEmpty()) {
            throw usage.apply("give the C file(s) of the program");
        }
        List<SourceFile> sources = new ArrayList<>();
        for (String file : files) {
            sources.add(read(Path.of(file), usage));
        }
        return sources;
    }

    static SourceFile read(Path path, Function<String, RuntimeException> usage) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw usage.apply(path + ": no such file or it cannot be read");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw usage.apply(path + " is not a C source file (it contains binary data)");
            }
        }
        return new SourceFile(path.toString(), new String(bytes, StandardCharsets.UTF_8));
    }

    PreprocessorConfig preprocessorConfig() {
        PreprocessorConfig.Builder b = PreprocessorConfig.builder();
        for (Path dir : includeDirs) {
            b.includeDir(dir);
        }
        for (String d : defines) {
            b.defineOption(d);
        }
        return b.build();
    }
}
