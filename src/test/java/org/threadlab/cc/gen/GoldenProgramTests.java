package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.VmOutcome;

/** Compiles and runs every program under cprogs/gen and compares output and exit status. */
class GoldenProgramTests {

    static Program compile(GoldenPrograms g) {
        return Compiler.compile(new SourceFile(g.name(), g.source()), PreprocessorConfig.defaults(), new Diagnostics());
    }

    static CRun compileAndRun(GoldenPrograms g) {
        return CRun.runProgram(compile(g));
    }

    @Test
    void thereAreAtLeastADozenGoldenPrograms() {
        assertThat(GoldenPrograms.all()).hasSizeGreaterThanOrEqualTo(12);
    }

    @TestFactory
    Stream<DynamicTest> eachProgramPrintsItsExpectedOutput() {
        List<GoldenPrograms> all = GoldenPrograms.all();
        return all.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
            CRun r = compileAndRun(g);
            assertThat(r.outcome().status()).as(g.name() + ": " + r.outcome().fault()).isEqualTo(VmOutcome.Status.EXITED);
            assertThat(r.output()).as(g.name()).isEqualTo(g.expectedOutput());
            assertThat(r.outcome().exitStatus()).as(g.name()).isEqualTo(g.expectedExit());
        }));
    }
}
