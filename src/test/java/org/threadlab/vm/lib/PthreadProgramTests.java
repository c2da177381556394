package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.interp.VmOutcome;

/** Textbook pthread programs, compiled and run against the library. */
class PthreadProgramTests {

    @Test
    void threadsCountUnderAMutexAndJoinReturnsTheirValues() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <stdint.h>
                pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
                int counter = 0;
                void *worker(void *arg) {
                    for (int i = 0; i < 100; i++) {
                        pthread_mutex_lock(&lock);
                        counter++;
                        pthread_mutex_unlock(&lock);
                    }
                    return (void *)((intptr_t)arg * 10);
                }
                int main(void) {
                    pthread_t t[3];
                    for (long i = 0; i < 3; i++)
                        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0) return 1;
                    long total = 0;
                    for (int i = 0; i < 3; i++) {
                        void *v;
                        pthread_join(t[i], &v);
                        total += (intptr_t)v;
                    }
                    printf("counter=%d total=%ld\\n", counter, total);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("counter=300 total=30\n");
    }

    @Test
    void conditionVariableHandsOverAValue() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                pthread_cond_t c = PTHREAD_COND_INITIALIZER;
                int ready = 0, value = 0;
                void *producer(void *arg) {
                    pthread_mutex_lock(&m);
                    value = 42;
                    ready = 1;
                    pthread_cond_signal(&c);
                    pthread_mutex_unlock(&m);
                    return NULL;
                }
                int main(void) {
                    pthread_t p;
                    pthread_create(&p, NULL, producer, NULL);
                    pthread_mutex_lock(&m);
                    while (!ready)
                        pthread_cond_wait(&c, &m);
                    pthread_mutex_unlock(&m);
                    pthread_join(p, NULL);
                    printf("value %d\\n", value);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("value 42\n");
    }

    @Test
    void mutexErrorsFollowPosix() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                int main(void) {
                    pthread_mutexattr_t a;
                    pthread_mutex_t m;
                    pthread_mutexattr_init(&a);
                    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
                    pthread_mutex_init(&m, &a);
                    int r1 = pthread_mutex_lock(&m);
                    int r2 = pthread_mutex_lock(&m);
                    int r3 = pthread_mutex_trylock(&m);
                    int r4 = pthread_mutex_destroy(&m);
                    int r5 = pthread_mutex_unlock(&m);
                    int r6 = pthread_mutex_unlock(&m);
                    int r7 = pthread_mutex_destroy(&m);
                    printf("%d %d %d %d %d %d %d\\n", r1, r2 == EDEADLK, r3 == EBUSY, r4 == EBUSY, r5, r6 == EPERM, r7);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0 1 1 1 0 1 0\n");
    }

    @Test
    void recursiveMutexLocksTwice() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                int main(void) {
                    pthread_mutexattr_t a;
                    pthread_mutex_t m;
                    pthread_mutexattr_init(&a);
                    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
                    pthread_mutex_init(&m, &a);
                    printf("%d%d%d%d\\n", pthread_mutex_lock(&m), pthread_mutex_lock(&m),
                           pthread_mutex_unlock(&m), pthread_mutex_unlock(&m));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0000\n");
    }

    @Test
    void staticRecursiveAndErrorcheckInitializersWork() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                pthread_mutex_t r = PTHREAD_RMUTEX_INITIALIZER;
                pthread_mutex_t e = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
                int main(void) {
                    int a = pthread_mutex_lock(&r), b = pthread_mutex_lock(&r);
                    pthread_mutex_lock(&e);
                    printf("%d %d %d\\n", a, b, pthread_mutex_lock(&e) == EDEADLK);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0 0 1\n");
    }

    @Test
    void semaphoresCountAndTrywaitSetsErrno() {
        String out = CProgram.run("""
                #include <semaphore.h>
                #include <stdio.h>
                #include <errno.h>
                int main(void) {
                    sem_t s;
                    int v;
                    sem_init(&s, 0, 2);
                    sem_wait(&s);
                    sem_getvalue(&s, &v);
                    printf("after wait %d\\n", v);
                    sem_trywait(&s);
                    int r = sem_trywait(&s);
                    printf("trywait %d eagain %d\\n", r, errno == EAGAIN);
                    sem_post(&s);
                    sem_getvalue(&s, &v);
                    printf("after post %d\\n", v);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("after wait 1\ntrywait -1 eagain 1\nafter post 1\n");
    }

    @Test
    void barrierHasExactlyOneSerialThread() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                pthread_barrier_t b;
                int serial = 0;
                void *w(void *arg) {
                    if (pthread_barrier_wait(&b) == PTHREAD_BARRIER_SERIAL_THREAD) serial++;
                    return NULL;
                }
                int main(void) {
                    pthread_t t[3];
                    pthread_barrier_init(&b, NULL, 4);
                    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
                    w(NULL);
                    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
                    printf("serial %d\\n", serial);
                    return pthread_barrier_destroy(&b);
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("serial 1\n");
    }

    @Test
    void rwlockAllowsTwoReadersButNoWriter() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
                int main(void) {
                    int a = pthread_rwlock_rdlock(&rw);
                    int b = pthread_rwlock_tryrdlock(&rw);
                    int c = pthread_rwlock_trywrlock(&rw);
                    pthread_rwlock_unlock(&rw);
                    pthread_rwlock_unlock(&rw);
                    int d = pthread_rwlock_trywrlock(&rw);
                    printf("%d %d %d %d\\n", a, b, c == EBUSY, d);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("0 0 1 0\n");
    }

    @Test
    void sleepAdvancesTheSimulatedClock() {
        String out = CProgram.run("""
                #include <stdio.h>
                #include <time.h>
                #include <unistd.h>
                int main(void) {
                    struct timespec a, b;
                    clock_gettime(CLOCK_MONOTONIC, &a);
                    sleep(2);
                    usleep(1500);
                    delay(10);
                    clock_gettime(CLOCK_MONOTONIC, &b);
                    long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
                    printf("%ld\\n", ms);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("2012\n");
    }

    @Test
    void condTimedwaitTimesOutOnTheSimulatedClock() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                #include <time.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                pthread_cond_t c = PTHREAD_COND_INITIALIZER;
                int main(void) {
                    struct timespec t;
                    clock_gettime(CLOCK_REALTIME, &t);
                    t.tv_sec += 1;
                    pthread_mutex_lock(&m);
                    int r = pthread_cond_timedwait(&c, &m, &t);
                    printf("%d %ld\\n", r == ETIMEDOUT, time(NULL) - 1767225600L);
                    return pthread_mutex_unlock(&m);
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("1 1\n");
    }

    @Test
    void createFailsWithEagainWhenTheThreadBudgetIsUsed() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                void *w(void *a) { return a; }
                int main(void) {
                    pthread_t t[3];
                    int r[3];
                    for (int i = 0; i < 3; i++) r[i] = pthread_create(&t[i], NULL, w, NULL);
                    printf("%d %d %d\\n", r[0], r[1], r[2] == EAGAIN);
                    return 0;
                }
                """, VmConfig.defaults().toBuilder().threads(3).build()).exitedWithOutput();
        assertThat(out).isEqualTo("0 0 1\n");
    }

    @Test
    void explicitPriorityZeroIsEinval() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                #include <errno.h>
                void *w(void *a) { return a; }
                int main(void) {
                    pthread_attr_t a;
                    struct sched_param sp;
                    pthread_t t;
                    int policy;
                    pthread_attr_init(&a);
                    pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED);
                    pthread_attr_setschedpolicy(&a, SCHED_FIFO);
                    sp.sched_priority = 0;
                    int bad = pthread_attr_setschedparam(&a, &sp);
                    sp.sched_priority = 20;
                    pthread_attr_setschedparam(&a, &sp);
                    pthread_create(&t, &a, w, NULL);
                    pthread_getschedparam(t, &policy, &sp);
                    printf("%d %d %d\\n", bad == EINVAL, policy == SCHED_FIFO, sp.sched_priority);
                    return pthread_join(t, NULL);
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("1 1 20\n");
    }

    @Test
    void relockingANormalMutexDeadlocks() {
        CProgram r = CProgram.run("""
                #include <pthread.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                int main(void) {
                    pthread_mutex_lock(&m);
                    pthread_mutex_lock(&m);
                    return 0;
                }
                """);
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.DEADLOCK);
    }

    @Test
    void aFailedAssertionEndsTheRunWithAnAssertionFault() {
        CProgram r = CProgram.run("""
                #include <assert.h>
                int main(void) {
                    int x = 3;
                    assert(x < 2);
                    return 0;
                }
                """);
        assertThat(r.outcome().status()).isEqualTo(VmOutcome.Status.FAULT);
        assertThat(r.outcome().fault().kind()).isEqualTo(FaultKind.LIBRARY);
        assertThat(r.outcome().fault().message()).isEqualTo("assertion failed: x < 2 (in main, at prog.c:4)");
    }

    @Test
    void exitEndsTheProcessWithItsStatus() {
        CProgram r = CProgram.run("""
                #include <stdlib.h>
                #include <stdio.h>
                int main(void) {
                    puts("bye");
                    exit(EXIT_FAILURE);
                    puts("not reached");
                }
                """);
        assertThat(r.outcome().exitStatus()).isEqualTo(1);
        assertThat(r.stdout()).isEqualTo("bye\n");
    }
}
