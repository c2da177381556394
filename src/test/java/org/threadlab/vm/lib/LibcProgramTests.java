package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.VmConfig;

/** rand_r, strtod, ctype.h, math.h, strtok and stdin from C; expectations printed by gcc/glibc. */
class LibcProgramTests {

    @Test
    void matchesGlibc() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                #include <ctype.h>
                #include <math.h>
                int main(void) {
                    unsigned seed = 42;
                    int a = rand_r(&seed), b = rand_r(&seed);
                    printf("%d %d %u\\n", a, b, seed);
                    char *end;
                    double d = strtod(" -12.5e2xyz", &end);
                    printf("%.1f %s %.3f %f\\n", d, end, atof("3.14159"), strtod("inf", NULL));
                    printf("%d%d%d%d %c%c\\n", isdigit('7') != 0, isalpha('7') != 0, isspace('\\t') != 0,
                           ispunct('!') != 0, toupper('a'), tolower('Q'));
                    printf("%.4f %.4f %.1f %.1f %.1f %.4f\\n", sqrt(2.0), pow(2.0, 0.5), round(2.5), round(-2.5),
                           floor(-1.5), fmod(7.5, 2.0));
                    char s[] = "x y  z";
                    for (char *t = strtok(s, " "); t; t = strtok(NULL, " ")) printf("<%s>", t);
                    printf(" %zu %zu\\n", strspn("abcde", "abx"), strcspn("abcde", "dc"));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("681191333 928546885 2219150180\n-1250.0 xyz 3.142 inf\n1011 Aq\n"
                + "1.4142 1.4142 3.0 -3.0 -2.0 1.5000\n<x><y><z> 2 2\n");
    }

    @Test
    void readsTheRunnersInput() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                int main(void) {
                    int n, sum = 0, x;
                    char line[16];
                    fgets(line, sizeof line, stdin);
                    scanf("%d", &n);
                    for (int i = 0; i < n; i++) { scanf("%d", &x); sum += x; }
                    int c = getchar();
                    printf("%s%d %d %d\\n", line, sum, c == '\\n', getchar() == EOF);
                    return 0;
                }
                """, VmConfig.defaults(), List.of("prog"), "title\n3 1 2 3\n");
        assertThat(r.exitedWithOutput()).isEqualTo("title\n6 1 1\n");
    }

    @Test
    void verifierFunctionsRunSvCompPrograms() {
        CProgram r = CProgram.run("""
                extern int __VERIFIER_nondet_int(void);
                extern void __VERIFIER_assume(int);
                extern void __VERIFIER_assert(int);
                int main(void) {
                    int x = __VERIFIER_nondet_int();
                    __VERIFIER_assume(x > 10 || x <= 10);
                    __VERIFIER_assert(x == 12345);
                    return 0;
                }
                """);
        assertThat(r.outcome().fault().message()).isEqualTo("assertion failed: __VERIFIER_assert");
    }

    @Test
    void qsortIsStableAndBsearchFinds() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <stdlib.h>
                struct item { int key; char tag; };
                int by_key(const void *a, const void *b) {
                    return ((const struct item *)a)->key - ((const struct item *)b)->key;
                }
                int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
                int main(void) {
                    struct item v[] = {{3, 'a'}, {1, 'b'}, {3, 'c'}, {2, 'd'}, {1, 'e'}, {0, 'f'}, {2, 'g'}};
                    qsort(v, 7, sizeof v[0], by_key);
                    for (int i = 0; i < 7; i++) printf("%d%c ", v[i].key, v[i].tag);
                    int xs[] = {1, 3, 5, 7, 9, 11};
                    int k = 7, m = 4;
                    int *hit = bsearch(&k, xs, 6, sizeof xs[0], cmp_int);
                    printf("| %ld %d\\n", (long)(hit - xs), bsearch(&m, xs, 6, sizeof xs[0], cmp_int) == NULL);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0f 1b 1e 2d 2g 3a 3c | 3 1\n");
    }
}
