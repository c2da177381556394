package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.VmConfig;

/** unistd.h's getopt from C. */
class UnistdProgramTests {
    private static final String PROGRAM = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <unistd.h>
            int main(int argc, char *argv[]) {
                int c, n = 1;
                while ((c = getopt(argc, argv, "vn:")) != -1) {
                    switch (c) {
                    case 'v': printf("verbose\\n"); break;
                    case 'n': n = atoi(optarg); break;
                    default: printf("bad %c\\n", optopt); return 2;
                    }
                }
                printf("n=%d rest=%d", n, argc - optind);
                for (int i = optind; i < argc; i++) printf(" %s", argv[i]);
                printf("\\n");
                return 0;
            }
            """;

    @Test
    void getoptParsesFlagsAndArguments() {
        CProgram r = CProgram.run(PROGRAM, VmConfig.defaults(), List.of("prog", "-v", "-n", "4", "a", "b"));
        assertThat(r.exitedWithOutput()).isEqualTo("verbose\nn=4 rest=2 a b\n");
    }

    @Test
    void getoptHandlesClustersAndAttachedArguments() {
        CProgram r = CProgram.run(PROGRAM, VmConfig.defaults(), List.of("prog", "-vn7", "--", "-v"));
        assertThat(r.exitedWithOutput()).isEqualTo("verbose\nn=7 rest=1 -v\n");
    }

    @Test
    void getoptReportsAnUnknownOption() {
        CProgram r = CProgram.run(PROGRAM, VmConfig.defaults(), List.of("prog", "-x"));
        assertThat(r.outcome().exitStatus()).isEqualTo(2);
        assertThat(r.stdout()).isEqualTo("bad x\n");
        assertThat(r.stderr()).isEqualTo("prog: invalid option -- 'x'\n");
    }
}
