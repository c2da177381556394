package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.VmOutcome;
import org.threadlab.vm.lib.Output.Chunk;
import org.threadlab.vm.lib.Output.Stream;

/** stdio.h, string.h and stdlib.h from C programs. */
class StdioProgramTests {

    @Test
    void stdoutAndStderrAreKeptApartAndInOrder() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                int main(void) {
                    printf("one %d\\n", 1);
                    fprintf(stderr, "warn %s\\n", "x");
                    fputs("two\\n", stdout);
                    putchar('3');
                    fflush(stdout);
                    return 0;
                }
                """);
        assertThat(r.stdout()).isEqualTo("one 1\ntwo\n3");
        assertThat(r.stderr()).isEqualTo("warn x\n");
        assertThat(LibState.of(r.machine()).output().chunks()).containsExactly(
                new Chunk(Stream.STDOUT, "one 1\n"), new Chunk(Stream.STDERR, "warn x\n"),
                new Chunk(Stream.STDOUT, "two\n3"));
        assertThat(r.machine().output()).isEqualTo("one 1\nwarn x\ntwo\n3");
    }

    @Test
    void sprintfAndSnprintfWriteIntoMemory() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <string.h>
                int main(void) {
                    char buf[32];
                    int n = sprintf(buf, "%05.1f|%-4s|%x", 3.14159, "ab", 255);
                    char small[6];
                    int m = snprintf(small, sizeof small, "%s", "truncated");
                    printf("%s %d %s %d %zu\\n", buf, n, small, m, strlen(small));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("003.1|ab  |ff 13 trunc 9 5\n");
    }

    @Test
    void sprintfPastTheEndOfItsBufferFaults() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                #include <stdlib.h>
                int main(void) {
                    char *buf = malloc(4);
                    sprintf(buf, "%s", "too long");
                    return 0;
                }
                """);
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(r.outcome().fault().kind()).isEqualTo(FaultKind.OUT_OF_BOUNDS);
    }

    @Test
    void vprintfReadsTheVaList() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                #include <stdarg.h>
                void log_line(const char *fmt, ...) {
                    va_list ap, copy;
                    char buf[8];
                    va_start(ap, fmt);
                    va_copy(copy, ap);
                    vprintf(fmt, ap);
                    int n = vsnprintf(buf, sizeof buf, fmt, copy);
                    va_end(copy);
                    va_end(ap);
                    va_start(ap, fmt);
                    vfprintf(stderr, fmt, ap);
                    va_end(ap);
                    printf("[%s] %d\\n", buf, n);
                }
                int main(void) {
                    log_line("%s=%d %.2f\\n", "x", 7, 0.5);
                    return 0;
                }
                """);
        String out = r.exitedWithOutput();
        assertThat(r.stderr()).isEqualTo("x=7 0.50\n");
        assertThat(out).isEqualTo("x=7 0.50\n[x=7 0.5] 9\n");
    }

    @Test
    void sscanfParsesNumbersAndWords() {
        String out = CProgram.run("""
                #include <stdio.h>
                int main(void) {
                    int a, b; long l; double d; float f; char word[16]; char c; unsigned x;
                    int n = sscanf("12 -7 123456789012 2.5 0.25 hello Z ff", "%d %i %ld %lf %f %s %c %x",
                                   &a, &b, &l, &d, &f, word, &c, &x);
                    printf("%d %d %d %ld %.1f %.2f %s %c %u\\n", n, a, b, l, d, f, word, c, x);
                    int k = sscanf("age: 41", "age: %d", &a);
                    int e = sscanf("", "%d", &a);
                    int z = sscanf("abc", "%d", &a);
                    printf("%d %d %d %d\\n", k, a, e, z);
                    char name[16], rest[16];
                    int s = sscanf("key=some value;x", "%[^=]=%[^;]", name, rest);
                    printf("%d [%s] [%s]\\n", s, name, rest);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("8 12 -7 123456789012 2.5 0.25 hello Z 255\n1 41 -1 0\n2 [key] [some value]\n");
    }

    @Test
    void stringFunctionsWork() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <string.h>
                #include <stdlib.h>
                int main(void) {
                    char buf[32] = "hello";
                    strcat(buf, ", world");
                    char *dup = strdup(buf);
                    char copy[8];
                    strncpy(copy, "abc", sizeof copy);
                    printf("%s|%zu|%s|%d|%d|%d\\n", dup, strlen(dup), copy, strcmp("a", "b") < 0,
                           strncmp("abcx", "abcy", 3), memcmp("ab", "ac", 2) < 0);
                    printf("%s|%s|%s\\n", strchr(buf, 'o'), strrchr(buf, 'o'), strstr(buf, "wor"));
                    char text[] = "a,b;;c";
                    char *save;
                    for (char *t = strtok_r(text, ",;", &save); t; t = strtok_r(NULL, ",;", &save))
                        printf("[%s]", t);
                    memset(copy, 'x', 3);
                    memmove(buf + 1, buf, 4);
                    printf(" %.3s %s %s\\n", copy, buf, strerror(16));
                    free(dup);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("hello, world|12|abc|1|0|1\no, world|orld|world\n"
                + "[a][b][c] xxx hhell, world Device or resource busy\n");
    }

    @Test
    void numberParsingAndRand() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <stdlib.h>
                int main(void) {
                    char *end;
                    long v = strtol("  -0x1fZ", &end, 0);
                    printf("%d %ld %ld %c %lu %d\\n", atoi("42abc"), atol("-9"), v, *end,
                           strtoul("777", NULL, 8), abs(-5));
                    srand(1);
                    int a = rand(), b = rand();
                    srand(1);
                    printf("%d %d %d\\n", a == rand(), b == rand(), a >= 0 && a <= RAND_MAX);
                    printf("%d\\n", a);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("42 -9 -31 Z 511 5\n1 1 1\n1103527590\n");
    }

    @Test
    void freeingTwiceFaults() {
        CProgram r = CProgram.run("""
                #include <stdlib.h>
                int main(void) {
                    int *p = malloc(sizeof *p);
                    free(p);
                    free(p);
                    return 0;
                }
                """);
        assertThat(r.outcome().fault().kind()).isEqualTo(FaultKind.DOUBLE_FREE);
    }

    @Test
    void outputBeyondTheBudgetIsCutAndFaults() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                int main(void) {
                    for (int i = 0; i < 100; i++) printf("0123456789");
                    return 0;
                }
                """, VmConfig.defaults().toBuilder().outputBytes(25).build());
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.BUDGET);
        assertThat(r.stdout()).isEqualTo("0123456789012345678901234");
    }

    @Test
    void errnoIsPerThread() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <errno.h>
                #include <pthread.h>
                #include <semaphore.h>
                sem_t s;
                void *w(void *a) {
                    sem_trywait(&s);
                    return (void *)(long)errno;
                }
                int main(void) {
                    pthread_t t;
                    void *v;
                    errno = 0;
                    pthread_create(&t, NULL, w, NULL);
                    pthread_join(t, &v);
                    printf("%d %ld\\n", errno, (long)v);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0 11\n");
    }

    @Test
    void aHugeMemcpyFaultsAndAHugeSnprintfSizeMeansNoLimit() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                #include <string.h>
                #include <stdlib.h>
                int main(void) {
                    char buf[8];
                    snprintf(buf, (size_t)-1, "%s", "ok");
                    puts(buf);
                    char *p = malloc(4);
                    memcpy(p, buf, (size_t)-1);
                    return 0;
                }
                """);
        assertThat(r.stdout()).isEqualTo("ok\n");
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.FAULT);
    }
}
