package org.threadlab.cc.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Global;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.BuiltinRegistry;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.LibState;
import org.threadlab.vm.lib.Output;
import org.threadlab.vm.lib.StandardLibrary;

/** Programs of several translation units, linked by {@link SymbolTable} through {@link Compiler}. */
class SymbolTableTests {

    private record Run(VmOutcome outcome, String stdout) {
    }

    private static List<SourceFile> files(String... nameThenText) {
        List<SourceFile> out = new ArrayList<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            out.add(new SourceFile(nameThenText[i], nameThenText[i + 1]));
        }
        return out;
    }

    private static Program compile(String... nameThenText) {
        BuiltinRegistry library = StandardLibrary.registry();
        return Compiler.compile(files(nameThenText), PreprocessorConfig.defaults(), new Diagnostics(), library::contains);
    }

    /** The rendered diagnostics of a compile that must fail. */
    private static String errors(String... nameThenText) {
        BuiltinRegistry library = StandardLibrary.registry();
        Diagnostics diags = new Diagnostics();
        assertThatThrownBy(() -> Compiler.compile(files(nameThenText), PreprocessorConfig.defaults(), diags,
                library::contains)).isInstanceOf(CompileError.class);
        return diags.render();
    }

    private static Run run(String... nameThenText) {
        BuiltinRegistry library = StandardLibrary.registry();
        Machine m = new Machine(compile(nameThenText), VmConfig.defaults(), KernelConfig.defaults(),
                Chooser.realistic(), library);
        m.start(List.of("prog"));
        VmOutcome o = m.run();
        return new Run(o, LibState.of(m).output().text(Output.Stream.STDOUT));
    }

    @Test
    void eachUnitSeesItsOwnStaticsOfTheSameName() {
        Run r = run("a.c", """
                static int count = 1;
                static int helper(void) { return count; }
                int from_a(void) { count++; return helper(); }
                """, "main.c", """
                static int count = 20;
                static int helper(void) { return count; }
                int from_a(void);
                int main(void) { return from_a() + helper(); }
                """);
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(r.outcome().exitStatus()).isEqualTo(22);
    }

    @Test
    void clashingPrivateNamesAreQualifiedWithTheirFileAndExternalNamesAreNot() {
        Program p = compile("a.c", """
                static int count;
                static int helper(void) { static int calls; return ++calls + count; }
                int shared(void) { return helper(); }
                """, "main.c", """
                static int count;
                static int helper(void) { return count; }
                static int only_here(void) { return 0; }
                int shared(void);
                int main(void) { return shared() + helper() + only_here(); }
                """);
        assertThat(p.functions()).extracting(f -> f.name)
                .containsExactly("helper@a.c", "shared", "helper@main.c", "only_here", "main");
        assertThat(p.globals()).extracting(Global::name).contains("count@a.c", "count@main.c");
    }

    @Test
    void externDeclarationsResolveToTheDefinitionInAnotherUnit() {
        Run r = run("data.c", """
                int shared = 40;
                int table[3] = {1, 2, 3};
                int *second = &table[1];
                """, "main.c", """
                #include <stdio.h>
                extern int shared;
                extern int table[];
                extern int *second;
                int *alias = &shared;
                int main(void) {
                    *alias += table[2] - 1;
                    printf("%d %d\\n", shared, *second);
                    return 0;
                }
                """);
        assertThat(r.stdout()).isEqualTo("42 2\n");
    }

    @Test
    void macrosAreLocalToTheirUnit() {
        Run r = run("a.c", """
                #define LIMIT 7
                int limit_a(void) { return LIMIT; }
                """, "main.c", """
                #ifdef LIMIT
                #error "a.c's macro leaked into main.c"
                #endif
                int limit_a(void);
                int main(void) { return limit_a(); }
                """);
        assertThat(r.outcome().exitStatus()).isEqualTo(7);
    }

    @Test
    void aFunctionDefinedTwiceIsAMultipleDefinitionAtTheSecondNamingTheFirst() {
        String err = errors("a.c", "int f(void) { return 1; }\nint main(void) { return f(); }\n",
                "b.c", "#include <stdio.h>\n\nint f(void) { return 2; }\n");
        assertThat(err).contains("b.c:3:5: error: multiple definition of 'f' (first defined at a.c:1)")
                .contains("    3 | int f(void) { return 2; }").contains("1 error generated.");
    }

    @Test
    void twoTentativeDefinitionsAreAMultipleDefinitionAsWithGccsFnoCommon() {
        assertThat(errors("a.c", "int x;\nint main(void) { return x; }\n", "b.c", "int x;\n"))
                .contains("b.c:1:5: error: multiple definition of 'x' (first defined at a.c:1)")
                .contains("declare it 'extern' in the others");
        assertThat(errors("a.c", "int x;\nint main(void) { return x; }\n", "b.c", "\nint x(void) { return 0; }\n"))
                .contains("b.c:2:5: error: multiple definition of 'x' (first defined at a.c:1)");
    }

    @Test
    void oneDefinitionAndExternDeclarationsAreNotAnError() {
        Run r = run("a.c", "extern int x;\nint main(void) { return x; }\n", "b.c", "int x = 5;\nextern int x;\n",
                "c.c", "extern int x;\nint *px = &x;\n");
        assertThat(r.outcome().exitStatus()).isEqualTo(5);
    }

    @Test
    void aStaticFunctionIsNotVisibleFromAnotherUnit() {
        assertThat(errors("a.c", "static int hidden(void) { return 1; }\n",
                "main.c", "int hidden(void);\nint main(void) {\n    return hidden();\n}\n"))
                .contains("main.c:3:12: error: undefined reference to 'hidden'");
    }

    @Test
    void anUndefinedFunctionIsReportedAtItsUseInItsOwnFile() {
        assertThat(errors("main.c", "int helper(void);\nint main(void) { return helper(); }\n",
                "helper.c", "int missing(int);\nint helper(void) {\n    return missing(1);\n}\n"))
                .contains("helper.c:3:12: error: undefined reference to 'missing'")
                .doesNotContain("main.c:");
    }

    @Test
    void anExternVariableDefinedNowhereIsAnUndefinedReference() {
        assertThat(errors("main.c", "extern int nowhere;\nint main(void) {\n    return nowhere;\n}\n",
                "b.c", "int other;\n"))
                .contains("main.c:3:12: error: undefined reference to 'nowhere'");
    }

    @Test
    void aVariableDefinedAsAFunctionElsewhereSaysSo() {
        assertThat(errors("main.c", "extern int f;\nint main(void) {\n    return f;\n}\n",
                "b.c", "int f(void) { return 1; }\n"))
                .contains("main.c:3:12: error: 'f' is used here as a variable but b.c:1 defines it as a function");
    }

    @Test
    void aProgramWithoutMainInAnyFileSaysNoFileDefinesIt() {
        assertThat(errors("a.c", "int f(void) { return 1; }\n", "b.c", "int g(void) { return 2; }\n"))
                .contains("a.c:1:1: error: undefined reference to 'main': none of the files a.c, b.c defines it");
    }

    @Test
    void inlineDefinitionsFromASharedHeaderAreOneFunction() {
        String header = "inline int twice(int x) { return 2 * x; }\n";
        Run r = run("a.c", header + "int from_a(void) { return twice(3); }\n",
                "main.c", header + "int from_a(void);\nint main(void) { return from_a() + twice(4); }\n");
        assertThat(r.outcome().exitStatus()).isEqualTo(14);
    }

    @Test
    void aFaultInTheSecondFileIsReportedThere() {
        Run r = run("main.c", "void poke(int *p);\nint main(void) {\n    poke(0);\n    return 0;\n}\n",
                "poke.c", "void poke(int *p) {\n    int y = 1;\n    *p = y;\n}\n");
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(r.outcome().fault().pos().file().name()).isEqualTo("poke.c");
        assertThat(r.outcome().fault().pos().line()).isEqualTo(3);
    }

    @Test
    void definitionsAreLaidOutInUnitOrderThenDeclarationOrder() {
        Program p = compile("a.c", "int g1 = 1;\nint f1(void) { return g1; }\n",
                "b.c", "int g2 = 2;\nint f1(void);\nint main(void) { return f1(); }\nint f2(void) { return g2; }\n");
        assertThat(p.functions()).extracting(f -> f.name).containsExactly("f1", "main", "f2");
        assertThat(p.globals()).extracting(Global::name).containsExactly("g1", "g2");
    }
}
