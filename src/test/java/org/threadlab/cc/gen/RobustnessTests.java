package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.cc.type.Type;
import org.threadlab.vm.code.Program;

/** Bad input and code generator bugs end as diagnostics, never as other exceptions. */
class RobustnessTests {

    @Test
    void aCodeGeneratorBugIsAnInternalCompilerErrorAtTheClosestPosition() {
        SourceFile file = new SourceFile("t.c", "int main(void) {\n\n  return &1;\n}\n");
        SourcePos pos = new SourcePos(file, 3, 3);
        Function main = new Function("main", Type.function(Type.INT, List.of(), false, true), new SourcePos(file, 1, 5));
        main.setDefined(true);
        Expr bad = new Expr.AddrOf(new Expr.IntConst(1, Type.INT, pos), Type.pointerTo(Type.INT), pos);
        main.setBody(new Stmt.Block(List.of(new Stmt.Return(bad, pos)), pos));
        Diagnostics diags = new Diagnostics();
        Program p = CodeGenerator.generate(new TranslationUnit(List.of(), List.of(main), List.of()), diags);
        assertThat(p).isNull();
        assertThat(diags.render()).contains("t.c:3:3").contains("internal compiler error: expression is not addressable");
    }

    @Test
    void otherGnuBuiltinsCallTheLibraryFunctionOfTheSameName() {
        assertThat(CRun.output("int main(void) { __builtin_print_long(5); return 0; }")).isEqualTo("5\n");
    }

    @Test
    void mutatedProgramsCompileOrFailWithDiagnosticsOnly() {
        Random random = new Random(20261122);
        List<GoldenPrograms> programs = GoldenPrograms.all();
        String junk = "{}()[];,*&+-=<>!~?:'\"\\#0x9.e";
        int compiled = 0;
        int rejected = 0;
        StringBuilder internal = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            StringBuilder src = new StringBuilder(programs.get(random.nextInt(programs.size())).source());
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(src.length());
                switch (random.nextInt(3)) {
                    case 0 -> src.delete(at, Math.min(src.length(), at + 1 + random.nextInt(8)));
                    case 1 -> src.insert(at, junk.charAt(random.nextInt(junk.length())));
                    default -> src.setCharAt(at, junk.charAt(random.nextInt(junk.length())));
                }
            }
            try {
                Compiler.compile(new SourceFile("m.c", src.toString()), PreprocessorConfig.defaults(), new Diagnostics());
                compiled++;
            } catch (CompileError e) {
                assertThat(e.diagnostics().hasErrors()).isTrue();
                if (e.diagnostics().render().contains("internal compiler error")) {
                    internal.append(e.diagnostics().render()).append('\n');
                }
                rejected++;
            }
        }
        assertThat(compiled + rejected).isEqualTo(300);
        assertThat(rejected).isPositive();
        assertThat(internal.toString()).as("internal compiler errors").isEmpty();
    }

    @Test
    void aFrameBeyondTheStackLimitIsAPlainError() {
        assertThatThrownBy(() -> CRun.compile("int main(void) {\n  char huge[2000000000];\n  huge[0] = 1;\n  return huge[0];\n}"))
                .isInstanceOf(CompileError.class)
                .satisfies(e -> assertThat(((CompileError) e).diagnostics().render())
                        .contains("need more than 1 GB of stack").doesNotContain("internal compiler error"));
    }
}
