package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.CompileError;
import org.threadlab.vm.interp.VmOutcome;

class CompilerTests {

    @Test
    void mainReturnValueIsTheExitStatus() {
        CRun r = CRun.run("int main(void) { return 42; }");
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.EXITED);
        assertThat(r.outcome().exitStatus()).isEqualTo(42);
    }

    @Test
    void fallingOffTheEndOfMainExitsWithZero() {
        CRun r = CRun.run("int main(void) { print_long(7); }");
        assertThat(r.output()).isEqualTo("7\n");
        assertThat(r.outcome().exitStatus()).isZero();
    }

    @Test
    void declaredButUndefinedFunctionsAreLibraryBuiltins() {
        assertThat(CRun.output("int main(void) { print_str(\"hi\\n\"); return 0; }")).isEqualTo("hi\n");
    }

    @Test
    void syntaxErrorsThrowCompileError() {
        assertThatThrownBy(() -> CRun.compile("int main(void) { return 1 }")).isInstanceOf(CompileError.class);
    }

    @Test
    void externGlobalDefinedNowhereIsAnUndefinedReference() {
        assertThatThrownBy(() -> CRun.compile("extern int missing;\nint main(void) { return missing; }"))
                .isInstanceOf(CompileError.class)
                .satisfies(e -> assertThat(((CompileError) e).diagnostics().render())
                        .contains("undefined reference to 'missing'").contains(":8:"));
    }

    @Test
    void argcAndArgvReachMain() {
        assertThat(CRun.output("int main(int argc, char **argv) { print_long(argc); print_str(argv[0]); return 0; }"))
                .isEqualTo("1\nprog");
    }

    @Test
    void aProgramWithoutMainIsAnUndefinedReference() {
        assertThatThrownBy(() -> CRun.compile("int helper(void) { return 1; }"))
                .isInstanceOf(CompileError.class)
                .satisfies(e -> assertThat(((CompileError) e).diagnostics().render()).contains("undefined reference to 'main'"));
    }
}
