package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sleepons, atomics, once, detach and the timed waits, from C. */
class MorePthreadProgramTests {

    @Test
    void sleeponsHandOverData() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                volatile int data_ready = 0;
                void *consumer(void *a) {
                    pthread_sleepon_lock();
                    while (!data_ready)
                        pthread_sleepon_wait(&data_ready);
                    data_ready = 0;
                    pthread_sleepon_unlock();
                    printf("consumed\\n");
                    return NULL;
                }
                int main(void) {
                    pthread_t t;
                    pthread_create(&t, NULL, consumer, NULL);
                    pthread_sleepon_lock();
                    data_ready = 1;
                    pthread_sleepon_signal(&data_ready);
                    pthread_sleepon_unlock();
                    pthread_join(t, NULL);
                    printf("done %d\\n", data_ready);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("consumed\ndone 0\n");
    }

    @Test
    void atomicsAndSyncBuiltinsCountExactly() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdatomic.h>
                #include <stdio.h>
                atomic_int a;
                long s;
                void *w(void *arg) {
                    for (int i = 0; i < 50; i++) {
                        atomic_fetch_add(&a, 1);
                        __sync_fetch_and_add(&s, 2);
                    }
                    return NULL;
                }
                int main(void) {
                    pthread_t t[4];
                    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, w, NULL);
                    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
                    int old = atomic_exchange(&a, 7);
                    atomic_store(&a, atomic_load(&a) + 1);
                    printf("%d %ld %d %d\\n", old, s, atomic_load(&a), atomic_fetch_sub(&a, 3));
                    long old400 = __sync_val_compare_and_swap(&s, 400L, 1L);
                    printf("%ld %d\\n", old400, __sync_bool_compare_and_swap(&s, 1L, 2L));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("200 400 8 8\n400 1\n");
    }

    @Test
    void onceRunsItsRoutineOnceAndLateComersWaitForIt() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <unistd.h>
                pthread_once_t once = PTHREAD_ONCE_INIT;
                int calls = 0, ready = 0;
                void init(void) { calls++; sleep(1); ready = 1; }
                void *w(void *a) {
                    pthread_once(&once, init);
                    return (void *)(long)ready;
                }
                int main(void) {
                    pthread_t t[3];
                    void *v;
                    long seen = 0;
                    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
                    int r = pthread_once(&once, init);
                    for (int i = 0; i < 3; i++) { pthread_join(t[i], &v); seen += (long)v; }
                    printf("%d %d %ld\\n", r, calls, seen);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0 1 3\n");
    }

    @Test
    void selfEqualAndDetach() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                #include <unistd.h>
                pthread_t seen;
                void *w(void *a) { seen = pthread_self(); return NULL; }
                int main(void) {
                    pthread_t t;
                    pthread_attr_t attr;
                    pthread_create(&t, NULL, w, NULL);
                    pthread_join(t, NULL);
                    printf("%d %d\\n", pthread_equal(t, seen) != 0, pthread_equal(t, pthread_self()) != 0);
                    pthread_attr_init(&attr);
                    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
                    pthread_create(&t, &attr, w, NULL);
                    int r = pthread_join(t, NULL);
                    printf("%d\\n", r == EINVAL);
                    sleep(1);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("1 0\n1\n");
    }

    @Test
    void timedLockAndSemTimedwaitTimeOut() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <semaphore.h>
                #include <stdio.h>
                #include <errno.h>
                #include <time.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                sem_t s;
                void *holder(void *a) {
                    pthread_mutex_lock(&m);
                    struct timespec d = {0, 500000000};
                    nanosleep(&d, NULL);
                    pthread_mutex_unlock(&m);
                    return NULL;
                }
                int main(void) {
                    pthread_t t;
                    struct timespec ts;
                    pthread_create(&t, NULL, holder, NULL);
                    struct timespec d = {0, 1000000};
                    nanosleep(&d, NULL);
                    clock_gettime(CLOCK_REALTIME, &ts);
                    ts.tv_nsec += 100000000;
                    int r = pthread_mutex_timedlock(&m, &ts);
                    int e = sem_timedwait(&s, &ts);
                    int err = errno;
                    pthread_join(t, NULL);
                    printf("%d %d %d\\n", r == ETIMEDOUT, e, err == ETIMEDOUT);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("1 -1 1\n");
    }
}
