package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreprocessedTextTests {

    private final Pp pp = new Pp();

    @Test
    void keepsLinesAndSpacesOfTheSource() {
        assertThat(pp.run("int  main(void)\n{\n\treturn 0;\n}\n")).isEqualTo("int main(void)\n{\nreturn 0;\n}\n");
    }

    @Test
    void directivesLeaveNoText() {
        assertThat(pp.run("#define X 1\n#ifdef X\nX\n#endif\n")).isEqualTo("1\n");
    }

    @Test
    void expansionStaysOnTheInvocationLine() {
        assertThat(pp.run("#define f(a, b) a + b\nx = f(1,\n  2);\n")).isEqualTo("x = 1 + 2;\n");
    }

    @Test
    void separatesTokensThatWouldReadBackAsOne() {
        assertThat(pp.run("#define PLUS +\n#define MINUS -\n+PLUS -MINUS a-MINUS\n")).isEqualTo("+ + - - a- -\n");
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertThat(pp.run("")).isEmpty();
    }
}
