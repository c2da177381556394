/* Asynchronous cancellation acts between two instructions: a thread spinning in a loop with no
 * cancellation point ends, running its cleanup handler. */
// gcc-differential
#include <stdio.h>
#include <pthread.h>
#include <semaphore.h>

static sem_t started;
static volatile long spins;

static void say(void *arg) {
    printf("cleanup after spinning\n");
}

static void *spinner(void *arg) {
    int old;
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
    printf("old type deferred: %d\n", old == PTHREAD_CANCEL_DEFERRED);
    pthread_cleanup_push(say, NULL);
    sem_post(&started);
    for (;;)
        spins++;
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void) {
    pthread_t t;
    void *result;
    sem_init(&started, 0, 0);
    pthread_create(&t, NULL, spinner, NULL);
    sem_wait(&started);
    pthread_cancel(t);
    pthread_join(t, &result);
    printf("cancelled: %d\n", result == PTHREAD_CANCELED);
    return 0;
}
// expect: old type deferred: 1
// expect: cleanup after spinning
// expect: cancelled: 1
