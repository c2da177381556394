package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.VmOutcome;

/** The run's in-memory files from C: what the golden programs cannot compare with gcc. */
class FileProgramTests {

    @Test
    void stdinIsReadThroughTheSameFileMachinery() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <unistd.h>
                int main(void) {
                    char buf[8];
                    int n;
                    fgets(buf, sizeof buf, stdin);
                    scanf("%d", &n);
                    char rest[16];
                    ssize_t got = read(0, rest, sizeof rest - 1);
                    rest[got] = 0;
                    int c = getchar();
                    printf("[%s] %d [%s] %d eof=%d\\n", buf, n, rest, c, feof(stdin) != 0);
                    printf("fseek on stdin: %d\\n", fseek(stdin, 0, SEEK_SET));
                    return 0;
                }
                """, VmConfig.defaults(), List.of("prog"), "line\n42 tail\n").exitedWithOutput();
        assertThat(out).isEqualTo("[line\n] 42 [ tail\n] -1 eof=1\nfseek on stdin: -1\n");
    }

    @Test
    void aRemovedFileStaysReadableThroughItsOpenFile() {
        String out = CProgram.run("""
                #include <stdio.h>
                int main(void) {
                    FILE *w = fopen("gone.txt", "w+");
                    fputs("still here", w);
                    printf("remove %d\\n", remove("gone.txt"));
                    printf("reopen %s\\n", fopen("gone.txt", "r") ? "yes" : "no");
                    rewind(w);
                    char buf[32];
                    printf("[%s]\\n", fgets(buf, sizeof buf, w));
                    return fclose(w);
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("remove 0\nreopen no\n[still here]\n");
    }

    @Test
    void usingAFileAfterFcloseFaults() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                int main(void) {
                    FILE *f = fopen("x", "w");
                    fclose(f);
                    fprintf(f, "late\\n");
                    return 0;
                }
                """);
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(r.outcome().fault().kind()).isEqualTo(FaultKind.LIBRARY);
        assertThat(r.outcome().fault().message()).contains("after fclose");
    }

    @Test
    void theFilesHoldAtMostTheMemoryBudgetTogether() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <errno.h>
                int main(void) {
                    FILE *a = fopen("a", "w"), *b = fopen("b", "w");
                    for (int i = 0; i < 100; i++)
                        fputc('b', b);
                    long n = 0;
                    while (fputc('a', a) != EOF)
                        n++;
                    printf("%ld ENOSPC=%d ferror=%d\\n", n, errno == ENOSPC, ferror(a) != 0);
                    fclose(b);
                    remove("b");
                    clearerr(a);
                    printf("%d\\n", fputc('a', a));
                    return 0;
                }
                """, VmConfig.builder().memoryBytes(16384).build()).exitedWithOutput();
        assertThat(out).isEqualTo((16384 - 100) + " ENOSPC=1 ferror=1\n97\n");
    }

    @Test
    void theDescriptorTableHasRoomForFopenMaxFiles() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <errno.h>
                int main(void) {
                    int opened = 0;
                    while (fopen("many", "r+") != NULL || (opened == 0 && fopen("many", "w") != NULL))
                        opened++;
                    printf("%d EMFILE=%d\\n", opened, errno == EMFILE);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo((FileSystem.MAX_OPEN - 3) + " EMFILE=1\n");
    }
}
