package org.threadlab.cc.pp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The examples of C11 6.10.3.5, with the results the standard gives (whitespace normalised). */
class StandardExamplesTests {

    @Test
    void example3RedefinitionRescanningAndEmptyArguments() {
        Pp pp = new Pp();
        String out = pp.run(String.join("\n",
                "#define x 3",
                "#define f(a) f(x * (a))",
                "#undef x",
                "#define x 2",
                "#define g f",
                "#define z z[0]",
                "#define h g(~",
                "#define m(a) a(w)",
                "#define w 0,1",
                "#define t(a) a",
                "#define p() int",
                "#define q(x) x",
                "#define r(x,y) x ## y",
                "#define str(x) # x",
                "f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);",
                "g(x+(3,4)-w) | h 5) & m",
                "(f)^m(m);",
                "p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };",
                "char c[2][6] = { str(hello), str() };",
                ""));
        assertThat(pp.messages()).isEmpty();
        assertThat(Pp.normalize(out)).isEqualTo(Pp.normalize(String.join("\n",
                "f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);",
                "f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);",
                "int i[] = { 1, 23, 4, 5, };",
                "char c[2][6] = { \"hello\", \"\" };")));
    }

    @Test
    void example4StringizingAndPasting() {
        Pp pp = new Pp().file("vers2.h", "int vers2_included;\n");
        String out = pp.run(String.join("\n",
                "#define str(s) # s",
                "#define xstr(s) str(s)",
                "#define debug(s, t) printf(\"x\" # s \"= %d, x\" # t \"= %s\", \\",
                "  x ## s, x ## t)",
                "#define INCFILE(n) vers ## n",
                "#define glue(a, b) a ## b",
                "#define xglue(a, b) glue(a, b)",
                "#define HIGHLOW \"hello\"",
                "#define LOW LOW \", world\"",
                "debug(1, 2);",
                "fputs(str(strncmp(\"abc\\0d\", \"abc\", '\\4') // this goes away",
                "  == 0) str(: @\\n), s);",
                "#include xstr(INCFILE(2).h)",
                "glue(HIGH, LOW);",
                "xglue(HIGH, LOW)",
                ""));
        assertThat(Pp.normalize(out)).isEqualTo(Pp.normalize(String.join("\n",
                "printf(\"x\" \"1\" \"= %d, x\" \"2\" \"= %s\", x1, x2);",
                "fputs(\"strncmp(\\\"abc\\\\0d\\\", \\\"abc\\\", '\\\\4') == 0\" \": @\\n\", s);",
                "int vers2_included;",
                "\"hello\";",
                "\"hello\" \", world\"")));
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void example5PlacemarkersFromEmptyArguments() {
        Pp pp = new Pp();
        String out = pp.normalized(String.join("\n",
                "#define t(x,y,z) x ## y ## z",
                "int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),",
                "  t(10,,), t(,11,), t(,,12), t(,,) };"));
        assertThat(out).isEqualTo("int j[] = { 123, 45, 67, 89, 10, 11, 12, };");
        assertThat(pp.messages()).isEmpty();
    }

    @Test
    void example7VariableArguments() {
        Pp pp = new Pp();
        String out = pp.run(String.join("\n",
                "#define debug(...) fprintf(stderr, __VA_ARGS__)",
                "#define showlist(...) puts(#__VA_ARGS__)",
                "#define report(test, ...) ((test)?puts(#test):\\",
                "  printf(__VA_ARGS__))",
                "debug(\"Flag\");",
                "debug(\"X = %d\\n\", x);",
                "showlist(The first, second, and third items.);",
                "report(x>y, \"x is %d but y is %d\", x, y);",
                ""));
        assertThat(Pp.normalize(out)).isEqualTo(Pp.normalize(String.join("\n",
                "fprintf(stderr, \"Flag\");",
                "fprintf(stderr, \"X = %d\\n\", x);",
                "puts(\"The first, second, and third items.\");",
                "((x>y)?puts(\"x>y\"): printf(\"x is %d but y is %d\", x, y));")));
        assertThat(pp.messages()).isEmpty();
    }
}
