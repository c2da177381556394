package org.threadlab.cc.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.type.Type;

/** cdecl-style cases: the declared type of each declarator, spelled as gcc does. */
class DeclaratorTests {

    private static String typeOfGlobal(String decl, String name) {
        Parsed p = Parsed.of(decl);
        assertThat(p.messages()).isEmpty();
        Variable v = p.unit().global(name);
        if (v != null) {
            return v.type().toString();
        }
        return p.function(name).type().toString();
    }

    @Test
    void pointersAndArrays() {
        assertThat(typeOfGlobal("int *a[3];", "a")).isEqualTo("int *[3]");
        assertThat(typeOfGlobal("int (*a)[3];", "a")).isEqualTo("int (*)[3]");
        assertThat(typeOfGlobal("char **argv;", "argv")).isEqualTo("char **");
        assertThat(typeOfGlobal("int m[2][3];", "m")).isEqualTo("int[2][3]");
        assertThat(typeOfGlobal("const char *const names[2];", "names")).isEqualTo("const char *const[2]");
    }

    @Test
    void functionPointers() {
        assertThat(typeOfGlobal("int (*fp)(int);", "fp")).isEqualTo("int (*)(int)");
        assertThat(typeOfGlobal("void *(*start)(void *);", "start")).isEqualTo("void *(*)(void *)");
        assertThat(typeOfGlobal("int (*table[4])(int, char *);", "table")).isEqualTo("int (*[4])(int, char *)");
    }

    @Test
    void signalReturnsAFunctionPointer() {
        assertThat(typeOfGlobal("void (*signal(int sig, void (*handler)(int)))(int);", "signal"))
                .isEqualTo("void (*(int, void (*)(int)))(int)");
        Type t = Parsed.of("void (*signal(int, void (*)(int)))(int);").function("signal").type();
        assertThat(t.returnType()).hasToString("void (*)(int)");
        assertThat(t.params()).hasSize(2);
    }

    @Test
    void functionReturningPointerToArray() {
        Type t = Parsed.of("int (*rows(void))[4];").function("rows").type();
        assertThat(t.isFunction()).isTrue();
        assertThat(t.returnType()).hasToString("int (*)[4]");
    }

    @Test
    void parameterArraysAndFunctionsAreAdjustedToPointers() {
        Type t = Parsed.of("int f(int a[10], int g(void), char s[]);").function("f").type();
        assertThat(t.params()).extracting(pr -> pr.type().toString())
                .containsExactly("int *", "int (*)(void)", "char *");
    }

    @Test
    void emptyParameterListHasNoPrototype() {
        assertThat(Parsed.of("int f();").function("f").type().isPrototyped()).isFalse();
        assertThat(Parsed.of("int f(void);").function("f").type().isPrototyped()).isTrue();
        assertThat(Parsed.of("int printf(const char *, ...);").function("printf").type().isVariadic()).isTrue();
    }

    @Test
    void typeSpecifiersInAnyOrder() {
        assertThat(typeOfGlobal("long unsigned int long x;", "x")).isEqualTo("unsigned long long");
        assertThat(typeOfGlobal("short signed s;", "s")).isEqualTo("short");
        assertThat(typeOfGlobal("unsigned u;", "u")).isEqualTo("unsigned int");
        assertThat(typeOfGlobal("long double ld;", "ld")).isEqualTo("double");
        assertThat(typeOfGlobal("volatile int const cv;", "cv")).isEqualTo("const volatile int");
    }

    @Test
    void typedefsComposeWithDeclarators() {
        // Messages keep the typedef name (as gcc does); the type itself is the one it names.
        assertThat(typeOfGlobal("typedef int *ip; ip arr[2];", "arr")).isEqualTo("ip[2]");
        Parsed p = Parsed.of("typedef int *ip; ip arr[2];");
        assertThat(p.unit().global("arr").type().base().unqualified()).hasToString("int *");
        assertThat(p.unit().global("arr").type().base().base()).isSameAs(org.threadlab.cc.type.Type.INT);
        assertThat(typeOfGlobal("typedef void *(*thread_fn)(void *); thread_fn f;", "f")).isEqualTo("thread_fn");
        assertThat(typeOfGlobal("typedef struct node { struct node *next; } node_t; node_t n;", "n"))
                .isEqualTo("node_t");
    }

    @Test
    void attributesAndGnuKeywordsAreAccepted() {
        Parsed p = Parsed.of("__extension__ typedef unsigned long size_t;\n"
                + "extern int puts(const char *__restrict s) __attribute__((nonnull(1)));\n"
                + "static __inline int twice(int x) { return 2 * x; }\n"
                + "_Noreturn void die(void);\n"
                + "int renamed(void) __asm__(\"real_name\");\n"
                + "_Atomic int counter; _Atomic(long) total;\n");
        assertThat(p.messages()).isEmpty();
        assertThat(p.unit().global("counter").type().isAtomic()).isTrue();
        assertThat(p.unit().global("total").type()).hasToString("_Atomic long");
    }

    @Test
    void structLayoutMatchesGcc() {
        // Values from gcc 12 x86-64: see TypeLayoutTests for the program that printed them.
        String src = "struct a { char c; int i; char d; };\n"
                + "struct anon { int tag; union { int i; double d; }; char after; };\n"
                + "struct e { char c; enum { A, B } e; };\n"
                + "struct bool_ { _Bool b; char c; int *p; };\n"
                + "struct ll { char c; long long l; };\n"
                + "unsigned long r[] = { sizeof(struct a), __builtin_offsetof(struct a, d),\n"
                + "  sizeof(struct anon), __builtin_offsetof(struct anon, d), __builtin_offsetof(struct anon, after),\n"
                + "  sizeof(struct e), __builtin_offsetof(struct e, e), sizeof(struct bool_), __builtin_offsetof(struct bool_, p),\n"
                + "  sizeof(struct ll), _Alignof(struct ll) };\n";
        Parsed p = Parsed.of(src);
        assertThat(p.messages()).isEmpty();
        byte[] data = p.unit().global("r").data();
        long[] values = new long[data.length / 8];
        for (int i = 0; i < values.length; i++) {
            values[i] = java.nio.ByteBuffer.wrap(data, i * 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        }
        assertThat(values).containsExactly(12, 8, 24, 8, 16, 8, 4, 16, 8, 16, 8);
    }

    @Test
    void alignasOnAMemberRaisesItsAlignment() {
        // gcc: struct al { char c; _Alignas(16) int x; } -> size 32, align 16, x at 16
        Parsed p = Parsed.of("struct al { char c; _Alignas(16) int x; };\n"
                + "unsigned long r[] = { sizeof(struct al), _Alignof(struct al), __builtin_offsetof(struct al, x) };");
        assertThat(p.messages()).isEmpty();
        byte[] d = p.unit().global("r").data();
        assertThat(new byte[] {d[0], d[8], d[16]}).containsExactly(32, 16, 16);
    }

    @Test
    void packedAndAlignedAttributesChangeTheLayoutAsInGcc() {
        // gcc 12 x86-64: p1 7/1 (i at 1, s at 5); p2 5/1; a1 8/8; a2 16/16; p3 12/4 (i at 4)
        Parsed p = Parsed.of("struct __attribute__((packed)) p1 { char c; int i; short s; };\n"
                + "struct p2 __attribute__((__packed__)) { char c; int i; };\n"
                + "struct a1 { char c; } __attribute__((aligned(8)));\n"
                + "struct a2 { char c; int i; } __attribute__((aligned));\n"
                + "struct p3 { char c; _Alignas(4) int i; char d; } __attribute__((packed));\n"
                + "unsigned long r[] = { sizeof(struct p1), _Alignof(struct p1), __builtin_offsetof(struct p1, s),\n"
                + "  sizeof(struct p2), _Alignof(struct p2), sizeof(struct a1), _Alignof(struct a1),\n"
                + "  sizeof(struct a2), _Alignof(struct a2), sizeof(struct p3), _Alignof(struct p3), __builtin_offsetof(struct p3, i) };");
        assertThat(p.messages()).isEmpty();
        byte[] d = p.unit().global("r").data();
        byte[] values = new byte[d.length / 8];
        for (int i = 0; i < values.length; i++) {
            values[i] = d[i * 8];
        }
        assertThat(values).containsExactly(7, 1, 5, 5, 1, 8, 8, 16, 16, 12, 4, 4);
    }

    @Test
    void offsetofMacroFormIsAConstant() {
        Parsed p = Parsed.of("struct s { char c; long l; };\n"
                + "unsigned long off = (unsigned long)&((struct s *)0)->l;\n");
        assertThat(p.messages()).isEmpty();
        assertThat(p.unit().global("off").data()[0]).isEqualTo((byte) 8);
    }
}
