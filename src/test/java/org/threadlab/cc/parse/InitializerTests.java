package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.ast.Variable;

class InitializerTests {

    private static Parsed ok(String src) {
        Parsed p = Parsed.of(src);
        assertThat(p.messages()).isEmpty();
        return p;
    }

    private static int[] ints(Variable v) {
        ByteBuffer b = ByteBuffer.wrap(v.data()).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[v.data().length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }

    @Test
    void incompleteArrayIsCompletedByItsInitializer() {
        Parsed p = ok("int a[] = {1, 2, 3};");
        assertThat(p.unit().global("a").type()).hasToString("int[3]");
        assertThat(ints(p.unit().global("a"))).containsExactly(1, 2, 3);
    }

    @Test
    void missingElementsAreZero() {
        assertThat(ints(ok("int a[5] = {7, 8};").unit().global("a"))).containsExactly(7, 8, 0, 0, 0);
    }

    @Test
    void designatedArrayElementsAndContinuation() {
        assertThat(ints(ok("int a[6] = {[4] = 9, 10, [1] = 2};").unit().global("a")))
                .containsExactly(0, 2, 0, 0, 9, 10);
        assertThat(ok("int b[] = {[9] = 1};").unit().global("b").type()).hasToString("int[10]");
    }

    @Test
    void nestedAndDesignatedStructs() {
        Parsed p = ok("struct pt { int x, y; };\n"
                + "struct line { struct pt a, b; int w; };\n"
                + "struct line l = { .b = { .y = 4 }, .a.x = 1, 9 };\n"
                + "struct line m = { 1, 2, 3, 4, 5 };\n"
                + "struct pt ps[2] = { {1, 2}, {3} };\n");
        assertThat(ints(p.unit().global("l"))).containsExactly(1, 9, 0, 4, 0);
        assertThat(ints(p.unit().global("m"))).containsExactly(1, 2, 3, 4, 5);
        assertThat(ints(p.unit().global("ps"))).containsExactly(1, 2, 3, 0);
    }

    @Test
    void unionInitializesFirstOrDesignatedMember() {
        Parsed p = ok("union u { int i; char c[8]; } a = { 65 }, b = { .c = \"hi\" };");
        assertThat(ints(p.unit().global("a"))).containsExactly(65, 0);
        assertThat(p.unit().global("b").data()).startsWith((byte) 'h', (byte) 'i', (byte) 0);
    }

    @Test
    void stringLiteralInitializesCharArrays() {
        Parsed p = ok("char s[] = \"abc\"; char t[8] = \"hi\"; char u[3] = \"abc\"; char w[] = {\"xy\"};");
        assertThat(p.unit().global("s").type()).hasToString("char[4]");
        assertThat(p.unit().global("s").data()).containsExactly('a', 'b', 'c', 0);
        assertThat(p.unit().global("t").data()).containsExactly('h', 'i', 0, 0, 0, 0, 0, 0);
        assertThat(p.unit().global("u").data()).containsExactly('a', 'b', 'c');
        assertThat(p.unit().global("w").type()).hasToString("char[3]");
    }

    @Test
    void addressConstantsBecomeRelocations() {
        Parsed p = ok("int g[4]; int *p = &g[2]; char *s = \"str\"; int f(void); int (*fp)(void) = f;\n"
                + "struct { int *a; long n; } st = { g + 1, 3 };");
        assertThat(p.unit().global("p").relocations()).extracting(r -> r.target() + "+" + r.addend())
                .containsExactly("g+8");
        assertThat(p.unit().global("s").relocations()).extracting(r -> r.target()).containsExactly(".L.str.0");
        assertThat(p.unit().global("fp").relocations()).extracting(r -> r.target()).containsExactly("f");
        assertThat(p.unit().global("st").relocations()).extracting(r -> r.offset() + ":" + r.target() + "+" + r.addend())
                .containsExactly("0:g+4");
    }

    @Test
    void constantExpressionsInGlobalsAreFolded() {
        Parsed p = ok("enum { N = 3, M }; int a = N * 4 + M; unsigned char c = 300; double d = 1 / 2.0; long big = -1u;");
        assertThat(ints(p.unit().global("a"))).containsExactly(16);
        assertThat(p.unit().global("c").data()).containsExactly((byte) 44);
        assertThat(ByteBuffer.wrap(p.unit().global("d").data()).order(ByteOrder.LITTLE_ENDIAN).getDouble()).isEqualTo(0.5);
        assertThat(ByteBuffer.wrap(p.unit().global("big").data()).order(ByteOrder.LITTLE_ENDIAN).getLong()).isEqualTo(4294967295L);
    }

    @Test
    void nonConstantGlobalInitializerIsReported() {
        Parsed p = Parsed.of("int x; int y = x + 1;");
        assertThat(p.errors()).containsExactly(
                "1:16: initializer element is not constant; a global needs a value known at compile time");
    }

    @Test
    void localInitializersAreFlattenedStores() {
        Parsed p = ok("struct pt { int x, y; };\nvoid f(int v) { struct pt p = { .y = v }; int a[3] = {1}; char s[] = \"ok\"; }");
        assertThat(p.body("f")).isEqualTo("(block\n"
                + "  (decl p [struct pt] mem (init (4 (var v [int]))))\n"
                + "  (decl a [int[3]] mem (init (0 (const 1 [int]))))\n"
                + "  (decl s [char[3]] mem (init (0 (const 111 [char])) (1 (const 107 [char])) (2 (const 0 [char])))))");
    }

    @Test
    void tentativeDefinitionsAreZeroFilledOnce() {
        Parsed p = ok("int counter; int counter; extern int ext; int late; int late = 5;");
        assertThat(p.unit().globals()).extracting(v -> v.name() + ":" + v.isDefined())
                .containsExactly("counter:true", "ext:false", "late:true");
        assertThat(ints(p.unit().global("late"))).containsExactly(5);
        assertThat(p.unit().global("counter").data()).hasSize(4);
    }

    @Test
    void staticLocalsBecomeUniquelyNamedGlobals() {
        Parsed p = ok("int next(void) { static int n = 10; return n++; }\nint other(void) { static int n; return n; }");
        assertThat(p.unit().globals()).extracting(Variable::linkName).containsExactly("n.0", "n.1");
        assertThat(ints(p.unit().global("n"))).containsExactly(10);
    }

    @Test
    void bitFieldInitializersPackIntoTheirUnits() {
        // Bytes as gcc stores them (x86-64): see TypeLayoutTests for the layouts.
        Parsed p = ok("struct a { unsigned x:3; unsigned y:5; int z; } a = {5, 17, 3};\n"
                + "struct b { char c; int x:20; int y:20; } b = { 1, 0x12345, -2 };\n"
                + "struct e { long x:40; int y:30; } e = { 0x123456789aL, 7 };\n");
        assertThat(p.unit().global("a").data()).containsExactly(141, 0, 0, 0, 3, 0, 0, 0);
        assertThat(p.unit().global("b").data()).containsExactly(1, 69, 35, 1, 254, 255, 15, 0);
        assertThat(p.unit().global("e").data()).containsExactly(154, 120, 86, 52, 18, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void localBitFieldInitializerItemsCarryTheirBits() {
        Parsed p = ok("struct a { unsigned x:3; unsigned y:5; };\nvoid f(void) { struct a v = { .y = 2 }; }");
        var decl = (org.threadlab.cc.ast.Stmt.Decl) p.function("f").body().stmts().get(0);
        assertThat(decl.init()).extracting(i -> i.offset() + ":" + i.bitOffset() + ":" + i.bitWidth()).containsExactly("0:3:5");
    }
}
