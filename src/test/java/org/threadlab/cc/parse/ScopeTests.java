package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeTests {

    @Test
    void innerDeclarationShadowsOuter() {
        Parsed p = Parsed.of("int x; long f(void) { char x = 1; { double x = 2; x = 3; } return x; }");
        assertThat(p.messages()).isEmpty();
        assertThat(p.body("f")).isEqualTo("(block\n"
                + "  (decl x [char] (init (0 (cast [char] (const 1 [int])))))\n"
                + "  (block\n"
                + "    (decl x [double] (init (0 (cast [double] (const 2 [int])))))\n"
                + "    (expr (= [double] (var x [double]) (cast [double] (const 3 [int])))))\n"
                + "  (return (cast [long] (var x [char]))))");
    }

    @Test
    void typedefNameCanBeShadowedByAVariable() {
        Parsed p = Parsed.of("typedef int T;\n"
                + "int f(void) { T a = 1; { int T = 2; return T * a; } }\n"
                + "int g(void) { T b = 3; return b; }");
        assertThat(p.messages()).isEmpty();
    }

    @Test
    void typedefAmbiguityMultiplicationVersusDeclaration() {
        Parsed p = Parsed.of("typedef int T; int x, z;\nvoid f(void) { T * y; x * z; }");
        assertThat(p.messages()).isEmpty();
        assertThat(p.body("f")).isEqualTo("(block\n"
                + "  (decl y [T *])\n"
                + "  (expr (* [int] (var x [int]) (var z [int]))))");
    }

    @Test
    void castWithTypedefAndParenthesisedExpression() {
        Parsed p = Parsed.of("typedef long L; int v;\nlong f(void) { return (L)v + (v); }");
        assertThat(p.messages()).isEmpty();
    }

    @Test
    void structTagsHaveTheirOwnNamespaceAndScopes() {
        Parsed p = Parsed.of("struct s { int a; } s;\n"
                + "int f(void) { struct s { char c[10]; } t; return sizeof t + sizeof(struct s) + s.a; }\n"
                + "int g(void) { return sizeof(struct s); }");
        assertThat(p.messages()).isEmpty();
    }

    @Test
    void forwardStructDeclarationIsCompletedLater() {
        Parsed p = Parsed.of("struct node;\nstruct list { struct node *head; };\n"
                + "struct node { int v; struct node *next; };\n"
                + "int first(struct list *l) { return l->head->v + (int)sizeof(struct node); }");
        assertThat(p.messages()).isEmpty();
    }

    @Test
    void forLoopDeclarationIsScopedToTheLoop() {
        Parsed p = Parsed.of("int f(void) { int s = 0; for (int i = 0; i < 3; i++) s += i; return i; }");
        assertThat(p.errors()).containsExactly("1:69: 'i' undeclared; declare it before use");
    }

    @Test
    void enumConstantsAreIntegerConstants() {
        Parsed p = Parsed.of("enum color { RED, GREEN = 5, BLUE };\nint a[BLUE]; int f(enum color c) { switch (c) { case RED: case BLUE: return 1; } return GREEN; }");
        assertThat(p.messages()).isEmpty();
        assertThat(p.unit().global("a").type()).hasToString("int[6]");
    }
}
