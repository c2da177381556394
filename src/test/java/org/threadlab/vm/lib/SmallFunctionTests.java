package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Assembler;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.interp.Machine;

/** The small functions: attributes, keys, clocks, error text, and an atomic builtin from assembly. */
class SmallFunctionTests {

    @Test
    void attributesKeysAndSchedulingQueries() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <sched.h>
                #include <stdio.h>
                pthread_key_t key;
                void *w(void *a) {
                    pthread_setspecific(key, a);
                    sched_yield();
                    return pthread_getspecific(key);
                }
                int main(void) {
                    pthread_attr_t attr;
                    int ds, inh, pol;
                    size_t ss;
                    pthread_attr_init(&attr);
                    pthread_attr_getdetachstate(&attr, &ds);
                    pthread_attr_getinheritsched(&attr, &inh);
                    pthread_attr_setschedpolicy(&attr, SCHED_RR);
                    pthread_attr_getschedpolicy(&attr, &pol);
                    pthread_attr_setstacksize(&attr, 65536);
                    pthread_attr_getstacksize(&attr, &ss);
                    printf("%d %d %d %zu %d %d\\n", ds == PTHREAD_CREATE_JOINABLE, inh == PTHREAD_INHERIT_SCHED,
                           pol == SCHED_RR, ss, sched_get_priority_min(SCHED_FIFO), sched_get_priority_max(SCHED_FIFO));
                    pthread_key_create(&key, NULL);
                    pthread_setspecific(key, (void *)5);
                    pthread_t t;
                    void *v;
                    pthread_create(&t, NULL, w, (void *)9);
                    pthread_join(t, &v);
                    printf("%ld %ld\\n", (long)v, (long)pthread_getspecific(key));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("1 1 1 65536 1 255\n9 5\n");
    }

    @Test
    void clocksAndErrorText() {
        CProgram r = CProgram.run("""
                #include <stdio.h>
                #include <string.h>
                #include <errno.h>
                #include <time.h>
                #include <sys/time.h>
                #include <unistd.h>
                int main(void) {
                    struct timeval tv;
                    usleep(250000);
                    gettimeofday(&tv, NULL);
                    long ms = (long)(clock() / (CLOCKS_PER_SEC / 1000));
                    printf("%ld %ld %ld\\n", tv.tv_sec - 1767225600L, tv.tv_usec, ms);
                    printf("%s|%s\\n", strerror(ETIMEDOUT), strerror(999));
                    errno = EINVAL;
                    perror("open");
                    char b[4];
                    printf("%d %s\\n", snprintf(b, 0, "%d", 12345), getpid() > 0 ? "pid" : "none");
                    FILE *f = fopen("data.txt", "r");
                    printf("%d %d\\n", f == NULL, errno == ENOENT);
                    return 0;
                }
                """);
        assertThat(r.exitedWithOutput())
                .isEqualTo("0 250000 250\nConnection timed out|Unknown error 999\n5 pid\n1 1\n");
        assertThat(r.stderr()).isEqualTo("open: Invalid argument\n");
    }

    @Test
    void atomicCompareExchangeUpdatesExpectedOnFailure() {
        Program p = Assembler.assemble("test.s", """
                global obj 4
                global expected 4
                func main params=0 slots=0
                  GLOBAL_ADDR obj
                  CONST 5
                  STORE_32
                  GLOBAL_ADDR expected
                  CONST 3
                  STORE_32
                  GLOBAL_ADDR obj
                  GLOBAL_ADDR expected
                  CONST 9
                  CONST 0
                  CONST 5
                  CONST 5
                  BUILTIN __atomic_compare_exchange_4 6
                  GLOBAL_ADDR expected
                  LOAD_I32
                  CONST 10
                  MUL_I64
                  ADD_I64
                  RET
                end
                """);
        Machine m = new Machine(p, VmConfig.defaults(), KernelConfig.defaults(), Chooser.realistic(),
                StandardLibrary.registry());
        m.start(List.of("prog"));
        // failed (0) and expected became the current value 5: 0 + 5 * 10
        assertThat(m.run().exitStatus()).isEqualTo(50);
    }

    @Test
    void monotonicCondvarsClockNanosleepAndSchedParams() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <sched.h>
                #include <stdio.h>
                #include <errno.h>
                #include <time.h>
                #include <strings.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                pthread_cond_t cv;
                int main(void) {
                    pthread_condattr_t ca;
                    clockid_t id;
                    pthread_condattr_init(&ca);
                    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
                    pthread_condattr_getclock(&ca, &id);
                    pthread_cond_init(&cv, &ca);
                    struct timespec t;
                    clock_gettime(CLOCK_MONOTONIC, &t);
                    t.tv_sec += 2;
                    pthread_mutex_lock(&m);
                    int r = pthread_cond_timedwait(&cv, &m, &t);
                    pthread_mutex_unlock(&m);
                    t.tv_sec += 1;
                    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL);
                    struct timespec now;
                    clock_gettime(CLOCK_MONOTONIC, &now);
                    struct sched_param sp;
                    sp.sched_priority = 30;
                    sched_setparam(0, &sp);
                    sp.sched_priority = 0;
                    sched_getparam(0, &sp);
                    printf("%d %d %ld %d %d %d\\n", id == CLOCK_MONOTONIC, r == ETIMEDOUT, (long)now.tv_sec,
                           sp.sched_priority, strcasecmp("HeLLo", "hello"), strncasecmp("abX", "ABy", 2));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("1 1 3 30 0 0\n");
    }
}
