/* Cancellation points wake a blocked thread: sem_wait, sleep, nanosleep, usleep and pthread_join
 * each end at a cancel, the thread runs its cleanup handler and a joiner sees PTHREAD_CANCELED. */
// gcc-differential
#include <stdio.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <unistd.h>

static sem_t never, started;
static pthread_t forever;

static void say(void *what) {
    printf("cleanup after %s\n", (char *)what);
}

static void *in_sem_wait(void *arg) {
    pthread_cleanup_push(say, "sem_wait");
    sem_post(&started);
    sem_wait(&never);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_sleep(void *arg) {
    pthread_cleanup_push(say, "sleep");
    sem_post(&started);
    sleep(1000);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_nanosleep(void *arg) {
    struct timespec long_time = { 1000, 0 };
    pthread_cleanup_push(say, "nanosleep");
    sem_post(&started);
    nanosleep(&long_time, NULL);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_usleep(void *arg) {
    pthread_cleanup_push(say, "usleep");
    sem_post(&started);
    for (;;)
        usleep(100000);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *in_join(void *arg) {
    pthread_cleanup_push(say, "pthread_join");
    sem_post(&started);
    pthread_join(forever, NULL);
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void) {
    void *(*bodies[])(void *) = { in_sem_wait, in_sleep, in_nanosleep, in_usleep, in_join };
    sem_init(&never, 0, 0);
    sem_init(&started, 0, 0);
    pthread_create(&forever, NULL, in_sem_wait, NULL);
    sem_wait(&started);
    for (int i = 1; i < 5; i++) {
        pthread_t t;
        void *result;
        pthread_create(&t, NULL, bodies[i], NULL);
        sem_wait(&started);
        pthread_cancel(t);
        pthread_join(t, &result);
        printf("thread %d: %s\n", i, result == PTHREAD_CANCELED ? "cancelled" : "returned");
    }
    pthread_cancel(forever);
    pthread_join(forever, NULL);
    printf("done\n");
    return 0;
}
// expect: cleanup after sleep
// expect: thread 1: cancelled
// expect: cleanup after nanosleep
// expect: thread 2: cancelled
// expect: cleanup after usleep
// expect: thread 3: cancelled
// expect: cleanup after pthread_join
// expect: thread 4: cancelled
// expect: cleanup after sem_wait
// expect: done
