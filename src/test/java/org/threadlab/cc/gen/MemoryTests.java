package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryTests {

    @Test
    void twoDimensionalArraysIndexRowMajor() {
        assertThat(CRun.output("int m[3][4];\nint main(void) { int l[2][3]; for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;"
                + " l[1][2] = 7; print_long(m[2][3]); print_long(*(*(m + 1) + 2)); print_long(l[1][2]); print_long(sizeof m[0]); return 0; }"))
                .isEqualTo("23\n12\n7\n16\n");
    }

    @Test
    void pointerArithmeticDifferenceAndComparison() {
        assertThat(CRun.output("int main(void) { long a[5] = {1, 2, 3, 4, 5}; long *p = a, *q = &a[4]; p += 2; print_long(*p); print_long(q - p);"
                + " print_long(p < q); print_long(*--q); print_long(*q++); print_long(q[-3]); return 0; }"))
                .isEqualTo("3\n2\n1\n4\n4\n2\n");
    }

    @Test
    void stringsAreCharArrays() {
        assertThat(CRun.output("int len(const char *s) { int n = 0; while (*s++) n++; return n; }\n"
                + "int main(void) { char buf[] = \"hello\"; buf[0] = 'j'; print_str(buf); print_long(len(\"four\")); print_long(sizeof buf); const char *p = \"xyz\"; print_long(p[1]); return 0; }"))
                .isEqualTo("jello4\n6\n121\n");
    }

    @Test
    void structsNestCopyAndPassByValue() {
        assertThat(CRun.output("struct pt { int x, y; }; struct rect { struct pt a, b; char tag; };\n"
                + "struct pt add(struct pt p, struct pt q) { p.x += q.x; p.y += q.y; return p; }\n"
                + "int area(struct rect r) { return (r.b.x - r.a.x) * (r.b.y - r.a.y); }\n"
                + "int main(void) { struct rect r = { {1, 2}, {4, 6}, 'r' }; struct rect c = r; c.a.x = 0; struct pt s = add(r.a, r.b);"
                + " print_long(area(r)); print_long(area(c)); print_long(s.x); print_long(s.y); print_long(r.a.x); struct rect *pr = &c; print_long(pr->b.y + pr->tag); return 0; }"))
                .isEqualTo("12\n16\n5\n8\n1\n120\n");
    }

    @Test
    void arraysOfStructsAndUnions() {
        assertThat(CRun.output("struct item { char name[8]; long qty; }; union u { int i; unsigned char b[4]; };\n"
                + "struct item items[3] = { {\"ab\", 2}, {\"cd\", 5} };\n"
                + "int main(void) { long t = 0; for (int i = 0; i < 3; i++) t += items[i].qty; print_long(t); print_str(items[1].name);"
                + " union u x; x.i = 0x01020304; print_long(x.b[0]); print_long(sizeof(union u)); return 0; }"))
                .isEqualTo("7\ncd4\n4\n");
    }

    @Test
    void bitFieldsReadModifyWrite() {
        assertThat(CRun.output("struct f { unsigned a : 3; int b : 5; unsigned c : 1; };\n"
                + "int main(void) { struct f x = { 5, -3, 1 }; print_long(x.a); print_long(x.b); print_long(x.c); x.a = 9; x.b += 20; x.c++;"
                + " print_long(x.a); print_long(x.b); print_long(x.c); struct f *p = &x; p->a--; print_long(p->a); return 0; }"))
                .isEqualTo("5\n-3\n1\n1\n-15\n0\n0\n");
    }

    @Test
    void globalsWithInitializersIncludingPointers() {
        assertThat(CRun.output("int g = 5; int arr[4] = {1, 2, 3, 4}; int *pg = &g; int *pa = &arr[2]; const char *msg = \"glob\"; char *names[] = {\"a\", \"bc\"};\n"
                + "int counter;\nint main(void) { *pg += 1; print_long(g); print_long(*pa); print_str(msg); print_str(names[1]); print_long(counter); return 0; }"))
                .isEqualTo("6\n3\nglobbc0\n");
    }

    @Test
    void staticLocalsKeepTheirValue() {
        assertThat(CRun.output("int next(void) { static int n = 10; return n++; }\nint main(void) { next(); next(); print_long(next()); return 0; }"))
                .isEqualTo("12\n");
    }

    @Test
    void compoundLiteralsAndStatementExpressions() {
        assertThat(CRun.output("struct pt { int x, y; };\nint sum(struct pt p) { return p.x + p.y; }\n"
                + "int main(void) { print_long(sum((struct pt){3, 4})); int *a = (int[]){7, 8, 9}; print_long(a[2]);"
                + " int v = ({ int t = 5; t * t; }); print_long(v); return 0; }"))
                .isEqualTo("7\n9\n25\n");
    }

    @Test
    void variableLengthArraysInLoops() {
        assertThat(CRun.output("long sum(int n) { long v[n]; for (int i = 0; i < n; i++) v[i] = i; long s = 0; for (int i = 0; i < n; i++) s += v[i]; return s + sizeof v; }\n"
                + "int main(void) { long t = 0; for (int k = 1; k <= 100; k++) { int w[k]; w[k - 1] = k; t += w[k - 1]; } print_long(t); print_long(sum(4)); return 0; }"))
                .isEqualTo("5050\n38\n");
    }

    @Test
    void outOfBoundsOnAGlobalArrayFaultsAtTheAccessLine() {
        CRun r = CRun.run("int a[4];\nint main(void) {\nint i = 4;\na[i * 100] = 1;\nreturn 0; }");
        assertThat(r.outcome().fault()).isNotNull();
        assertThat(r.outcome().fault().pos().line()).isEqualTo(CRun.PROTOTYPE_LINES + 4);
    }

    @Test
    void heapMemoryThroughLibraryCalls() {
        assertThat(CRun.output("int main(void) { int *p = malloc(10 * sizeof(int)); for (int i = 0; i < 10; i++) p[i] = i * i; print_long(p[9]); free(p); return 0; }"))
                .isEqualTo("81\n");
    }

    @Test
    void structResultsThroughPointersVaCopyPointersToVlasAndWideStrings() {
        assertThat(CRun.output("typedef __builtin_va_list va_list; int *gp = (int[]){4, 5};\n"
                + "struct s { long a, b; }; typedef struct s (*mk)(long);\n"
                + "static struct s make(long x) { struct s r = {x, x + 1}; return r; }\n"
                + "long f(int n, ...) { va_list ap, cp; __builtin_va_start(ap, n); __builtin_va_copy(cp, ap); long a = __builtin_va_arg(ap, long); long b = __builtin_va_arg(cp, long); return a * 10 + b; }\n"
                + "int main(void) { mk m = make; print_long(m(5).b); print_long(f(1, 7L)); print_long(gp[1]); int n = 3; int (*p)[n] = malloc(sizeof(int) * n * 2); p[1][2] = 9; print_long(*(*(p + 1) + 2)); print_long(sizeof *p);"
                + " int w = L\"ab\"[1]; print_long(w); return 0; }"))
                .isEqualTo("6\n77\n5\n9\n12\n98\n");
    }

    @Test
    void writingToAConstGlobalFaults() {
        CRun r = CRun.run("const int limit = 5;\nint main(void) {\n  *(int *) &limit = 6;\n  return 0;\n}");
        assertThat(r.outcome().fault()).isNotNull();
        assertThat(r.outcome().fault().pos().line()).isEqualTo(CRun.PROTOTYPE_LINES + 3);
    }

    @Test
    void writingToAStringLiteralFaults() {
        CRun r = CRun.run("int main(void) {\n  char *s = \"abc\";\n  s[0] = 'x';\n  return 0;\n}");
        assertThat(r.outcome().fault()).isNotNull();
        assertThat(r.outcome().fault().pos().line()).isEqualTo(CRun.PROTOTYPE_LINES + 3);
    }

    @Test
    void allocaTakesMemoryFromTheCallersStack() {
        assertThat(CRun.output("void *alloca(unsigned long);\nlong f(int n) { long *v = alloca(n * sizeof(long)); for (int i = 0; i < n; i++) v[i] = i; return v[n - 1]; }\n"
                + "int main(void) { long *w = __builtin_alloca(16); w[1] = 5; print_long(f(10) + w[1]); return 0; }"))
                .isEqualTo("14\n");
    }
}
