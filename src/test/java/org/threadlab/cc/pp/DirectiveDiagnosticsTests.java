package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exact text and position of the preprocessor's messages. */
class DirectiveDiagnosticsTests {

    private final Pp pp = new Pp();

    private void run(String... lines) {
        pp.run(String.join("\n", lines) + "\n");
    }

    @Test
    void errorDirectiveReportsItsMessage() {
        run("#error \"need\" a  pthread build");
        assertThat(pp.messages()).containsExactly("main.c:1:2: error: #error \"need\" a pthread build");
    }

    @Test
    void warningDirectiveWarns() {
        run("#warning careful");
        assertThat(pp.messages()).containsExactly("main.c:1:2: warning: #warning careful");
        assertThat(pp.diagnostics.hasErrors()).isFalse();
    }

    @Test
    void unknownDirectiveIsReported() {
        run("#inclde <stdio.h>");
        assertThat(pp.messages()).containsExactly("main.c:1:2: error: invalid preprocessing directive #inclde; check the spelling");
    }

    @Test
    void unknownDirectiveInSkippedCodeIsIgnored() {
        run("#if 0", "#whatever", "#endif");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void nullDirectiveIsAccepted() {
        assertThat(pp.normalized("#\n# /* comment */\nx\n")).isEqualTo("x");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void hashInsideALineIsNotADirective() {
        assertThat(pp.normalized("a # b\n")).isEqualTo("a # b");
    }

    @Test
    void macroExpandingToHashIsNotADirective() {
        assertThat(pp.normalized("#define H #\nH define X 1\nX\n")).isEqualTo("# define X 1 X");
    }

    @Test
    void unterminatedArgumentListIsReportedAtTheMacroName() {
        run("#define f(x) x", "int a = f(1, ", "2;");
        assertThat(pp.messages()).containsExactly(
                "main.c:2:9: error: unterminated argument list invoking macro 'f'; add the closing ')'");
    }

    @Test
    void wrongArgumentCountsAreReported() {
        run("#define f(a, b) a", "f(1)", "f(1, 2, 3)", "#define g(a, ...) a", "g()", "#define h() 1", "h(1)");
        assertThat(pp.messages()).containsExactly(
                "main.c:2:1: error: macro 'f' requires 2 arguments, but only 1 given",
                "main.c:3:1: error: macro 'f' passed 3 arguments, but takes just 2",
                "main.c:7:1: error: macro 'h' passed 1 arguments, but takes just 0");
    }

    @Test
    void emptyArgumentCountsAsOne() {
        assertThat(pp.normalized("#define f(a) [a]\nf()\n")).isEqualTo("[]");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void badDefinitionsAreReported() {
        run("#define", "#define 3 x", "#define defined 1", "#define f(a, a) a", "#define g(a b) a",
                "#define h(a) # b", "#define k(a) ## a", "#define v(a) __VA_ARGS__", "#define w(a");
        assertThat(pp.messages()).containsExactly(
                "main.c:1:2: error: #define needs a macro name",
                "main.c:2:9: error: macro names must be identifiers; '3' is not one",
                "main.c:3:9: error: 'defined' cannot be used as a macro name",
                "main.c:4:14: error: duplicate macro parameter 'a'",
                "main.c:5:13: error: expected ',' or ')' in the macro parameter list",
                "main.c:6:14: error: '#' is not followed by a macro parameter",
                "main.c:7:14: error: '##' cannot appear at either end of a macro expansion",
                "main.c:8:14: error: '__VA_ARGS__' can only appear in the body of a variadic macro",
                "main.c:9:11: error: expected ',' or ')' in the macro parameter list");
    }

    @Test
    void objectLikeMacroNeedsSpaceAfterItsName() {
        run("#define X+1");
        assertThat(pp.messages()).containsExactly("main.c:1:10: warning: missing whitespace after the macro name");
    }

    @Test
    void strayCharactersAreReportedOnlyWhenTheyReachTheOutput() {
        run("#define s(x) #x", "s(@) a @ b", "#if 0", "`", "#endif");
        assertThat(pp.messages()).containsExactly("main.c:2:8: error: stray '@' in program; remove it");
    }

    @Test
    void lexicalErrorsOfLiveCodeAreReported() {
        run("char *s = \"open;", "/* never closed");
        assertThat(pp.messages()).containsExactly(
                "main.c:1:11: error: unterminated string literal; add the closing \"",
                "main.c:2:1: error: unterminated comment; close it with */");
    }

    @Test
    void unterminatedCommentIsReportedEvenInSkippedCode() {
        run("#if 0", "/* never closed");
        assertThat(pp.messages()).containsExactly("main.c:2:1: error: unterminated comment; close it with */",
                "main.c:1:2: error: unterminated #if; add the matching #endif");
    }

    @Test
    void extraTokensAfterEndifWarn() {
        run("#ifdef X", "#endif X");
        assertThat(pp.messages()).containsExactly("main.c:2:8: warning: extra tokens at end of #endif directive; remove them");
    }

    @Test
    void commandLineErrorsShowTheirOrigin() {
        pp.config.define("BAD", "\"open");
        run("BAD");
        assertThat(pp.messages()).hasSize(1);
        assertThat(pp.messages().get(0)).startsWith("<command line>:1:13: error: unterminated string literal");
    }

    @Test
    void windowsLineEndingsAndSplicedDirectives() {
        assertThat(pp.normalized("#define X \\\r\n  1\r\n/* c */ # define Y 2\r\nX Y __LINE__\r\n")).isEqualTo("1 2 4");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void apostropheInAnErrorMessageIsProse() {
        run("#warning don't use this");
        assertThat(pp.messages()).containsExactly("main.c:1:2: warning: #warning don't use this");
    }

    @Test
    void lineMarkerAsGccWritesIt() {
        assertThat(pp.normalized("# 40 \"orig.c\"\n__LINE__ __FILE__\n")).isEqualTo("40 \"orig.c\"");
    }
}
