/* With cancellation disabled a request stays pending and cancellation points ignore it; enabling
 * it again acts on it at the next cancellation point (deferred type), here pthread_testcancel. */
// gcc-differential
#include <stdio.h>
#include <pthread.h>
#include <semaphore.h>

static sem_t started, go;

static void say(void *arg) {
    printf("cleanup\n");
}

static void *worker(void *arg) {
    int old;
    pthread_cleanup_push(say, NULL);
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    printf("old state enabled: %d\n", old == PTHREAD_CANCEL_ENABLE);
    sem_post(&started);
    sem_wait(&go);
    printf("sem_wait returned while disabled\n");
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
    printf("enabled again, old state disabled: %d\n", old == PTHREAD_CANCEL_DISABLE);
    pthread_testcancel();
    printf("not reached\n");
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void) {
    pthread_t t;
    void *result;
    int old;
    sem_init(&started, 0, 0);
    sem_init(&go, 0, 0);
    pthread_create(&t, NULL, worker, NULL);
    sem_wait(&started);
    pthread_cancel(t);
    sem_post(&go);
    pthread_join(t, &result);
    printf("cancelled: %d\n", result == PTHREAD_CANCELED);
    printf("bad state: %d, bad type: %d\n", pthread_setcancelstate(7, &old), pthread_setcanceltype(7, &old));
    return 0;
}
// expect: old state enabled: 1
// expect: sem_wait returned while disabled
// expect: enabled again, old state disabled: 1
// expect: cleanup
// expect: cancelled: 1
// expect: bad state: 22, bad type: 22
