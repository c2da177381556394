package org.threadlab.cc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTests {
    private final SourceFile file = new SourceFile("prog.c", "int main(void) {\n    count++;\n\treturn 0;\n}\n");

    @Test
    void renderShowsPositionLineAndCaretUnderTheToken() {
        Diagnostic d = Diagnostic.error(file.pos(file.text().indexOf("count")), 5, "'count' undeclared");
        assertThat(d.render()).isEqualTo("""
                prog.c:2:5: error: 'count' undeclared
                    2 |     count++;
                      |     ^~~~~""");
    }

    @Test
    void caretKeepsTabsSoItLinesUpInATerminal() {
        Diagnostic d = Diagnostic.warning(file.pos(file.text().indexOf("return")), 1, "something");
        assertThat(d.render()).endsWith("| \t^");
        assertThat(d.pos().toString()).isEqualTo("prog.c:3:2");
    }

    @Test
    void tooManyErrorsStopTheCompile() {
        Diagnostics ds = new Diagnostics();
        for (int i = 1; i < Diagnostics.MAX_ERRORS; i++) {
            ds.error(file.pos(0), 1, "e" + i);
        }
        assertThatThrownBy(() -> ds.error(file.pos(0), 1, "last")).isInstanceOf(CompileError.class)
                .hasMessageEndingWith(Diagnostics.MAX_ERRORS + " errors generated.\n");
    }
}
