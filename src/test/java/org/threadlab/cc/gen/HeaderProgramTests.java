package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
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

/** Programs written against the real headers compile to library calls by name and run on the standard library. */
class HeaderProgramTests {

    @Test
    void aTextbookPthreadProgramCompilesToLibraryCalls() throws Exception {
        Program p = compile("pthread_textbook.c");
        Set<String> builtins = new TreeSet<>(p.builtins());
        assertThat(builtins).contains("pthread_create", "pthread_join", "pthread_mutex_lock", "pthread_mutex_unlock",
                "sem_wait", "printf", "malloc", "__atomic_fetch_add_4");
        assertThat(p.functionIndex("worker")).isNotNegative();
        assertThat(p.functionIndex("main")).isNotNegative();
    }

    @Test
    void theTextbookPthreadProgramRunsOnTheStandardLibrary() throws Exception {
        Program p = compile("pthread_textbook.c");
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(), StandardLibrary.registry());
        m.start(List.of("prog"));
        VmOutcome o = m.run();
        assertThat(o.status()).as(String.valueOf(o.fault())).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(o.exitStatus()).isZero();
        assertThat(m.output()).contains("counter=4000 hits=8000 sum=6 argc=1 ok\ndone\n").contains("job 3 (w3) weight 4.50");
    }

    @Test
    void atomicReadModifyWritesFromThreadsLoseNoUpdates() throws Exception {
        for (Chooser chooser : List.of(Chooser.realistic(), Chooser.random(7), Chooser.random(8))) {
            Machine m = new Machine(compile("atomics_threads.c"), VmConfig.defaults(), KernelConfig.defaults(), chooser,
                    StandardLibrary.registry());
            m.start(List.of("prog"));
            VmOutcome o = m.run();
            assertThat(o.status()).as(String.valueOf(o.fault())).isEqualTo(VmOutcome.Status.EXITED);
            assertThat(m.output()).isEqualTo("120 1099511627776 20.0\n");
        }
    }

    @Test
    void plainIncrementsFromThreadsRaceBecauseLoadAndStoreAreSeparateSteps() throws Exception {
        Machine m = new Machine(compile("racy_counter.c"), VmConfig.defaults(), KernelConfig.defaults(), Chooser.random(7),
                StandardLibrary.registry());
        m.start(List.of("prog"));
        assertThat(m.run().status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(Long.parseLong(m.output().strip())).isLessThan(4000);
    }

    private static Program compile(String name) throws IOException, java.net.URISyntaxException {
        Path path = Path.of(HeaderProgramTests.class.getClassLoader().getResource("cprogs/gen-compile/" + name).toURI());
        return Compiler.compile(new SourceFile(name, Files.readString(path)), PreprocessorConfig.defaults(), new Diagnostics());
    }
}
