package org.threadlab.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threadlab.vm.FaultKind;

/**
 * Cancellation and thread exit cases whose outcome depends on the schedule, so gcc cannot check
 * them: ThreadLab's realistic schedule on one CPU makes them exact. The golden programs under
 * cprogs/run/cancel, tsd and atexit cover the cases Linux agrees on.
 */
class CancellationProgramTests {

    /** The post hands its unit to the waiter before the cancel: the waiter keeps it. */
    @Test
    void aWaiterWokenBeforeTheCancelKeepsItsUnitAndActsAtTheNextPoint() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <semaphore.h>
                #include <stdio.h>
                sem_t s;
                void *waiter(void *a) {
                    printf("sem_wait %d\\n", sem_wait(&s));
                    pthread_testcancel();
                    printf("not reached\\n");
                    return NULL;
                }
                int main(void) {
                    pthread_t t;
                    void *r;
                    int v;
                    sem_init(&s, 0, 0);
                    pthread_create(&t, NULL, waiter, NULL);
                    sched_yield();
                    sem_post(&s);
                    pthread_cancel(t);
                    pthread_join(t, &r);
                    sem_getvalue(&s, &v);
                    printf("cancelled %d, value %d\\n", r == PTHREAD_CANCELED, v);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("sem_wait 0\ncancelled 1, value 0\n");
    }

    /** Cancelled while blocked, the waiter leaves without a unit: the later post stays. */
    @Test
    void aCancelledWaiterTakesNoUnit() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <semaphore.h>
                #include <stdio.h>
                sem_t s;
                void *waiter(void *a) {
                    sem_wait(&s);
                    printf("not reached\\n");
                    return NULL;
                }
                int main(void) {
                    pthread_t t;
                    int v;
                    sem_init(&s, 0, 0);
                    pthread_create(&t, NULL, waiter, NULL);
                    sched_yield();
                    pthread_cancel(t);
                    sem_post(&s);
                    pthread_join(t, NULL);
                    sem_getvalue(&s, &v);
                    printf("value %d\\n", v);
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("value 1\n");
    }

    /** A cleanup handler may unlock the mutex a cancelled condition wait took back; main waits for it. */
    @Test
    void aCancelledConditionWaitWaitsForTheBusyMutexBeforeItsHandler() {
        String out = CProgram.run("""
                #include <pthread.h>
                #include <stdio.h>
                pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
                pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
                int step;
                void handler(void *a) {
                    printf("handler at step %d\\n", step);
                    pthread_mutex_unlock(&m);
                }
                void *waiter(void *a) {
                    pthread_mutex_lock(&m);
                    pthread_cleanup_push(handler, NULL);
                    for (;;)
                        pthread_cond_wait(&cv, &m);
                    pthread_cleanup_pop(0);
                    return NULL;
                }
                int main(void) {
                    pthread_t t;
                    pthread_create(&t, NULL, waiter, NULL);
                    sched_yield();
                    pthread_mutex_lock(&m);
                    pthread_cancel(t);
                    sched_yield();
                    step = 1;
                    pthread_mutex_unlock(&m);
                    pthread_join(t, NULL);
                    printf("main locks %d\\n", pthread_mutex_lock(&m));
                    return 0;
                }
                """).exitedWithOutput();
        assertThat(out).isEqualTo("handler at step 1\nmain locks 0\n");
    }

    @Test
    void keyDestructorsNeedPthreadHWhenTheProgramDeclaresTheFunctionsItself() {
        CProgram r = CProgram.run("""
                typedef unsigned long pthread_t;
                int pthread_create(pthread_t *, void *, void *(*)(void *), void *);
                int pthread_join(pthread_t, void **);
                int pthread_key_create(unsigned *, void (*)(void *));
                int pthread_setspecific(unsigned, const void *);
                unsigned key;
                void destroy(void *v) { }
                void *worker(void *a) { pthread_setspecific(key, a); return a; }
                int main(void) {
                    pthread_t t;
                    pthread_key_create(&key, destroy);
                    pthread_create(&t, 0, worker, (void *)1);
                    pthread_join(t, 0);
                    return 0;
                }
                """);
        assertThat(r.outcome().fault().kind()).isEqualTo(FaultKind.LIBRARY);
        assertThat(r.outcome().fault().message()).contains("#include <pthread.h>");
    }
}
