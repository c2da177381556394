package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.code.Disassembler;
import org.threadlab.vm.code.Program;

/** The shape of generated code, read through the disassembler. */
class CodeShapeTests {

    private static String code(String source, String function) {
        Program p = CRun.compile(source);
        return Disassembler.disassemble(p, p.function(p.functionIndex(function)));
    }

    @Test
    void denseSwitchCompilesToTableSwitch() {
        String asm = code("int f(int x) { switch (x) { case 1: return 10; case 2: return 20; case 4: return 40; } return 0; }\n"
                + "int main(void) { return f(2); }", "f");
        assertThat(asm).contains("TABLE_SWITCH").doesNotContain("LOOKUP_SWITCH");
    }

    @Test
    void sparseSwitchCompilesToLookupSwitch() {
        String asm = code("int f(int x) { switch (x) { case 1: return 10; case 1000: return 20; case 100000: return 40; } return 0; }\n"
                + "int main(void) { return f(2); }", "f");
        assertThat(asm).contains("LOOKUP_SWITCH").doesNotContain("TABLE_SWITCH");
    }

    @Test
    void scalarLocalsWhoseAddressIsNeverTakenLiveInSlots() {
        String asm = code("int main(void) { int a = 1, b = 2; a += b; return a * b; }", "main");
        assertThat(asm).doesNotContain("FRAME_ADDR").contains("LOAD_SLOT").contains("STORE_SLOT");
    }

    @Test
    void addressTakenLocalsLiveInFrameMemory() {
        String asm = code("void set(int *p) { *p = 3; }\nint main(void) { int a = 1; set(&a); return a; }", "main");
        assertThat(asm).contains("FRAME_ADDR");
    }

    @Test
    void libraryCallsAreBuiltinsAndDefinedFunctionsAreCalls() {
        String asm = code("int sq(int x) { return x * x; }\nint main(void) { print_long(sq(3)); return 0; }", "main");
        assertThat(asm).contains("BUILTIN").contains("CALL");
    }

    @Test
    void verifierAtomicFunctionsBeginAtEntryAndEndBeforeEveryReturn() {
        String asm = code("int __VERIFIER_atomic_pick(int x) { if (x > 1) return 1; if (x < 0) return 2; }\n"
                + "int main(void) { return __VERIFIER_atomic_pick(3); }", "__VERIFIER_atomic_pick");
        // two returns and the fall-off end; other functions are left alone
        assertThat(asm.split("__VERIFIER_atomic_begin", -1)).hasSize(2);
        assertThat(asm.split("__VERIFIER_atomic_end", -1)).hasSize(4);
        String caller = code("int __VERIFIER_atomic_pick(void) { return 1; }\n"
                + "int main(void) { return __VERIFIER_atomic_pick(); }", "main");
        assertThat(caller).doesNotContain("__VERIFIER_atomic_begin");
    }

    @Test
    void temporariesAreReusedAcrossStatements() {
        StringBuilder body = new StringBuilder("int main(void) { int a[4]; ");
        for (int i = 0; i < 200; i++) {
            body.append("a[").append(i % 4).append("] += ").append(i).append("; ");
        }
        body.append("return a[0]; }");
        Program p = CRun.compile(body.toString());
        assertThat(p.function(p.functionIndex("main")).slots).isLessThan(20);
    }

    @Test
    void compilingTheSameSourceTwiceGivesTheSameProgram() {
        for (GoldenPrograms g : GoldenPrograms.all()) {
            String first = Disassembler.disassemble(GoldenProgramTests.compile(g));
            String second = Disassembler.disassemble(GoldenProgramTests.compile(g));
            assertThat(second).as(g.name()).isEqualTo(first);
        }
    }
}
