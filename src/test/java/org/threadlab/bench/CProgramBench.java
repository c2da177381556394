package org.threadlab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * Overview: compiled C on ThreadLab beside the same C compiled natively with {@code gcc -O0}, in
 * one JMH run so the ratio is meaningful on a shared machine. Programs (src/test/resources/bench):
 * a tight arithmetic loop, an array and pointer workload, and 4 threads taking one mutex 200,000
 * times each. {@link #threadlab} runs the compiled program to its end on a fresh machine (realistic
 * mode, 1 CPU, no event sink) and reports simulated instructions per second through an AuxCounter;
 * {@link #gccO0} runs the native binary (process start included, a few milliseconds).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CProgramBench {
    @Param({"loop", "arrays", "mutex4"})
    public String program;

    private Program compiled;
    private Path nativeBinary;

    @Setup(Level.Trial)
    public void compileBoth() throws IOException, InterruptedException {
        String source;
        try (InputStream in = CProgramBench.class.getResourceAsStream("/bench/" + program + ".c")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        compiled = Compiler.compile(new SourceFile(program + ".c", source), PreprocessorConfig.defaults(),
                new Diagnostics(), StandardLibrary.registry()::contains);
        Path dir = Files.createTempDirectory("threadlab-bench");
        Path c = dir.resolve(program + ".c");
        Files.writeString(c, source);
        nativeBinary = dir.resolve(program);
        Process gcc = new ProcessBuilder("gcc", "-O0", "-o", nativeBinary.toString(), c.toString(), "-lpthread")
                .inheritIO().start();
        if (gcc.waitFor() != 0) {
            throw new IllegalStateException("gcc failed on " + c);
        }
    }

    @Benchmark
    public VmOutcome threadlab() {
        Machine m = new Machine(compiled, VmConfig.builder().instructions(10_000_000_000L).build(),
                KernelConfig.defaults(), Chooser.realistic(), StandardLibrary.registry());
        m.start(List.of(program));
        VmOutcome outcome = m.run();
        if (outcome.status() != VmOutcome.Status.EXITED) {
            throw new IllegalStateException(program + " ended with " + outcome);
        }
        return outcome;
    }

    @Benchmark
    public int gccO0() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(nativeBinary.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}
