/* A thread that cancels itself (deferred) goes on until its next cancellation point; its key
 * destructors run after its cleanup handlers. Cancelling an ended thread returns 0. */
// gcc-differential
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>

static pthread_key_t key;

static void destroy(void *value) {
    printf("destructor(%s)\n", (char *)value);
}

static void say(void *arg) {
    printf("cleanup\n");
}

static void *worker(void *arg) {
    pthread_setspecific(key, "worker");
    pthread_cleanup_push(say, NULL);
    printf("cancel self: %d\n", pthread_cancel(pthread_self()));
    printf("still running\n");
    sleep(1);
    printf("not reached\n");
    pthread_cleanup_pop(0);
    return NULL;
}

static void *quick(void *arg) {
    return arg;
}

int main(void) {
    pthread_t t;
    void *result;
    pthread_key_create(&key, destroy);
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, &result);
    printf("cancelled: %d\n", result == PTHREAD_CANCELED);
    pthread_create(&t, NULL, quick, (void *)5);
    sleep(1);
    printf("cancel an ended thread: %d\n", pthread_cancel(t));
    pthread_join(t, &result);
    printf("it returned %ld\n", (long)result);
    return 0;
}
// expect: cancel self: 0
// expect: still running
// expect: cleanup
// expect: destructor(worker)
// expect: cancelled: 1
// expect: cancel an ended thread: 0
// expect: it returned 5
