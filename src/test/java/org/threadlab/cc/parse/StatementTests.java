package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.Variable;

class StatementTests {

    private static Parsed ok(String src) {
        Parsed p = Parsed.of(src);
        assertThat(p.messages()).isEmpty();
        return p;
    }

    @Test
    void switchCollectsCasesAndDefault() {
        Parsed p = ok("int f(char c) {\n  switch (c) {\n  case 'a': case 'b': return 1;\n  default: break;\n  case 300: return 3;\n  }\n  return 0;\n}");
        Stmt.Switch sw = (Stmt.Switch) p.function("f").body().stmts().get(0);
        assertThat(sw.cond().type()).hasToString("int");
        assertThat(sw.cases()).extracting(Stmt.Case::value).containsExactly(98L, 97L, 300L);
        assertThat(sw.defaultCase()).isNotNull();
    }

    @Test
    void switchCaseValuesAreConvertedToThePromotedType() {
        Parsed p = Parsed.of("void f(unsigned u) { switch (u) { case -1: break; case 4294967295u: break; } }");
        assertThat(p.errors()).containsExactly("1:51: duplicate case value 4294967295 (first used on line 1)");
    }

    @Test
    void loopsPrintAsSExpressions() {
        Parsed p = ok("void f(int n) {\n  int i = 0;\n  do i++; while (i < n);\n  for (;;) { if (i) break; else continue; }\n  while (n--) ;\n}");
        assertThat(p.body("f")).isEqualTo("(block\n"
                + "  (decl i [int] (init (0 (const 0 [int]))))\n"
                + "  (do (< [int] (var i [int]) (var n [int]))\n"
                + "    (expr (post+1 [int] (var i [int]))))\n"
                + "  (for - - -\n"
                + "    (block\n"
                + "      (if (var i [int])\n"
                + "        (break)\n"
                + "        (continue))))\n"
                + "  (while (post-1 [int] (var n [int]))\n"
                + "    (empty)))");
    }

    @Test
    void gotoAndLabelsIncludingForwardJumps() {
        Parsed p = ok("int f(int x) {\n  if (x) goto done;\n  x = 1;\ndone:\n  return x;\n}");
        assertThat(p.body("f")).contains("(goto done)").contains("(label done\n    (return (var x [int])))");
    }

    @Test
    void mainInEveryAcceptedForm() {
        assertThat(Parsed.of("int main(void) { return 0; }").messages()).isEmpty();
        assertThat(Parsed.of("int main(int argc, char **argv) { return argc + (argv != 0); }").messages()).isEmpty();
        assertThat(Parsed.of("int main(int argc, char *argv[]) { return argv[0][0]; }").messages()).isEmpty();
        assertThat(Parsed.of("int main() { return 0; }").messages()).isEmpty();
        assertThat(Parsed.of("main() { return 0; }").messages())
                .containsExactly("1:1: warning: return type of 'main' defaults to 'int'");
    }

    @Test
    void variableLengthArrayKeepsItsLengthInAHiddenLocal() {
        Parsed p = ok("unsigned long f(int n) {\n  int a[n];\n  a[n - 1] = 1;\n  return sizeof a;\n}");
        assertThat(p.body("f")).isEqualTo("(block\n"
                + "  (expr (= [long] (var $1 [long]) (cast [long] (var n [int]))))\n"
                + "  (decl a [int[*]] mem)\n"
                + "  (expr (= [int] (* [int] (+ [int *] (cast [int *] (var a [int[*]])) (* [long] (cast [long] (- [int] (var n [int]) (const 1 [int]))) (const 4 [long])))) (const 1 [int])))\n"
                + "  (return (* [unsigned long] (cast [unsigned long] (var $1 [long])) (const 4 [unsigned long]))))");
    }

    @Test
    void statementExpressionAndCompoundLiteral() {
        Parsed p = ok("struct p { int x, y; };\nint f(void) {\n  int v = ({ int t = 3; t * 2; });\n  struct p *q = &(struct p){ .y = v };\n  return q->y;\n}");
        assertThat(p.body("f")).contains("(stmt-expr [int] (block (decl t [int] (init (0 (const 3 [int])))) "
                + "(expr (* [int] (var t [int]) (const 2 [int])))))")
                .contains("(& [struct p *] (compound-literal $3 [struct p] (init (4 (var v [int])))))");
    }

    @Test
    void funcNameIsAStaticString() {
        Parsed p = ok("int printf(const char *, ...);\nvoid worker(void) { printf(\"%s\", __func__); }");
        Variable s = p.unit().stringLiterals().get(1);
        assertThat(s.type()).hasToString("char[7]");
        assertThat(new String(s.data(), 0, 6)).isEqualTo("worker");
    }

    @Test
    void parametersAndLocalsAreNumberedInTheFrame() {
        Parsed p = ok("int f(int a, int b) { int c = a; { int d = b; c += d; } return c; }");
        assertThat(p.function("f").locals()).extracting(v -> v.id() + ":" + v.name() + ":" + v.kind())
                .containsExactly("0:a:PARAM", "1:b:PARAM", "2:c:LOCAL", "3:d:LOCAL");
        assertThat(p.function("f").params()).hasSize(2);
    }

    @Test
    void staticAssertIsChecked() {
        assertThat(Parsed.of("_Static_assert(sizeof(long) == 8, \"LP64\");").messages()).isEmpty();
        assertThat(Parsed.of("_Static_assert(sizeof(int) == 8, \"ILP64\");").errors())
                .containsExactly("1:1: static assertion failed: \"ILP64\"");
    }

    @Test
    void functionPointersInStructsAndCalls() {
        Parsed p = ok("struct ops { int (*apply)(int); };\nint twice(int x) { return 2 * x; }\n"
                + "struct ops table[1] = { { twice } };\nint run(int v) { return table[0].apply(v) + (*table[0].apply)(v); }");
        assertThat(p.unit().global("table").relocations()).extracting(r -> r.target()).containsExactly("twice");
    }

    @Test
    void variableLengthArrayParametersReferToEarlierParameters() {
        Parsed p = ok("double avg(int n, int m, int a[n][m]) { return a[n - 1][m - 1]; }\n"
                + "int grid[2][3];\ndouble call(void) { return avg(2, 3, grid); }");
        var f = p.function("avg");
        assertThat(f.type().params().get(2).type()).hasToString("int (*)[*]");
        var vla = (org.threadlab.cc.ast.Expr.Cast) f.type().params().get(2).type().base().vlaLength();
        assertThat(((org.threadlab.cc.ast.Expr.VarRef) vla.operand()).var()).isSameAs(f.params().get(1));
    }

    @Test
    void oldStyleDefinitionsGetTheirParameterTypesFromTheDeclarationList() {
        Parsed p = Parsed.of("main(argc, argv)\n  char **argv;\n{\n  return argv[0][0] + argc;\n}\n"
                + "int add(a, b) { return a + b; }\nint use(void) { return add(1, 2.5); }\n"
                + "int bad(a) int z; { return a; }\n");
        assertThat(p.messages()).containsExactly("1:1: warning: return type of 'main' defaults to 'int'",
                "8:16: error: declaration of 'z' but there is no such parameter");
        assertThat(p.function("main").params()).extracting(v -> v.name() + ":" + v.type())
                .containsExactly("argc:int", "argv:char **");
        assertThat(p.function("main").isOldStyle()).isTrue();
        assertThat(p.function("main").type()).hasToString("int ()");
        assertThat(p.body("use")).contains("(call [int] (func add) (const 1 [int]) (fconst 2.5 [double]))");
    }
}
