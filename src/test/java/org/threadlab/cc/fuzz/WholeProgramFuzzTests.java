package org.threadlab.cc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.lib.StandardLibrary;

/**
 * Whole-program fuzzing: the golden C programs, mutated at the text level (spans deleted,
 * duplicated or moved, tokens inserted, lines swapped, the file cut short), go through the whole
 * compiler; the only acceptable ends are a program or diagnostics, never an exception or an
 * "internal compiler error". Programs that still compile run for a few thousand instructions,
 * which must end in an outcome, never an exception. Seeded: a failure names its round, and
 * {@code -Dthreadlab.fuzzRounds=N} (the {@code fuzz} Maven profile: 20,000) runs longer.
 */
class WholeProgramFuzzTests {
    private static final int ROUNDS = Integer.getInteger("threadlab.fuzzRounds", 400);
    private static final long SEED = Long.getLong("threadlab.fuzzSeed", 20261122L);
    private static final String[] INSERTS = {
        "(", ")", "{", "}", "[", "]", ";", ",", "*", "&", "->", ".", "...", "=", "==", "++", "--", "?", ":",
        "int", "char", "void", "struct", "union", "enum", "typedef", "static", "extern", "const", "_Atomic",
        "sizeof", "return", "goto L;", "L:", "case 1:", "default:", "break;", "if (x)", "while (1)", "for (;;)",
        "#define M(a) a##a\n", "#if 1\n", "#endif\n", "#include <pthread.h>\n", "0x7fffffffffffffff", "1.5e308",
        "'\\0'", "\"\\x41\"", "({ 1; })", "(int[]){1, 2}", "[static 2]", "__attribute__((unused))", "x", "main",
        "pthread_mutex_lock(&m);", "free(p);", "p[-1]", "1/0", "-2147483647-1", "(void *) 0",
    };

    private static List<SourceFile> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/cprogs/run"))) {
            return files.filter(p -> p.toString().endsWith(".c") && !p.toString().contains("/link/")
                            && !p.toString().contains("/hostile/"))
                    .sorted()
                    .map(p -> {
                        try {
                            return new SourceFile(p.getFileName().toString(), Files.readString(p));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void mutatedProgramsCompileOrGiveDiagnosticsAndRunOrFaultButNeverCrash() throws IOException {
        List<SourceFile> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(50);
        BuiltinRegistry library = StandardLibrary.registry();
        SplittableRandom random = new SplittableRandom(SEED);
        int compiled = 0;
        int rejected = 0;
        for (int round = 0; round < ROUNDS; round++) {
            SourceFile base = corpus.get(random.nextInt(corpus.size()));
            String text = mutate(base.text(), random);
            SourceFile mutated = new SourceFile(base.name(), text);
            Diagnostics diags = new Diagnostics();
            Program program;
            try {
                program = Compiler.compile(List.of(mutated), PreprocessorConfig.builder().build(), diags,
                        library::contains);
                compiled++;
            } catch (CompileError e) {
                assertThat(e.diagnostics().render()).as("round %d (%s):\n%s", round, base.name(), text)
                        .doesNotContain("internal compiler error");
                rejected++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("round " + round + " (" + base.name() + ") crashed the compiler:\n" + text, e);
            }
            try {
                Machine machine = new Machine(program, VmConfig.builder().instructions(20_000).build(),
                        KernelConfig.defaults(), Chooser.random(round), library);
                machine.start(List.of(base.name()));
                assertThat(machine.run()).isNotNull();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("round " + round + " (" + base.name() + ") crashed the VM:\n" + text, e);
            }
        }
        // the mutations must exercise both paths, or the test proves little
        assertThat(compiled).as("programs that still compiled").isGreaterThan(ROUNDS / 20);
        assertThat(rejected).as("programs rejected with diagnostics").isGreaterThan(ROUNDS / 4);
    }

    private static String mutate(String text, SplittableRandom random) {
        String t = text;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !t.isEmpty(); e++) {
            int a = random.nextInt(t.length());
            int b = Math.min(t.length(), a + 1 + random.nextInt(40));
            t = switch (random.nextInt(6)) {
                case 0 -> t.substring(0, a) + t.substring(b);
                case 1 -> t.substring(0, b) + t.substring(a, b) + t.substring(b);
                case 2 -> t.substring(0, a) + " " + INSERTS[random.nextInt(INSERTS.length)] + " " + t.substring(a);
                case 3 -> swapLines(t, random);
                case 4 -> t.substring(0, a);
                default -> {
                    int c = random.nextInt(t.length());
                    yield c < a ? t.substring(0, c) + t.substring(a, b) + t.substring(c, a) + t.substring(b)
                            : t.substring(0, a) + t.substring(b, Math.max(b, c)) + t.substring(a, b) + t.substring(Math.max(b, c));
                }
            };
        }
        return t;
    }

    private static String swapLines(String t, SplittableRandom random) {
        String[] lines = t.split("\n", -1);
        int i = random.nextInt(lines.length);
        int j = random.nextInt(lines.length);
        String s = lines[i];
        lines[i] = lines[j];
        lines[j] = s;
        return String.join("\n", lines);
    }
}
