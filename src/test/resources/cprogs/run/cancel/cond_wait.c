/* A thread cancelled in pthread_cond_wait gets its mutex back before its cleanup handler runs
 * (POSIX), so the handler can unlock it; the joiner sees PTHREAD_CANCELED. The error-checking
 * mutex proves who owns it: unlocking a mutex one does not own fails with EPERM. */
// gcc-differential
#define _GNU_SOURCE
#include <stdio.h>
#include <pthread.h>

static pthread_mutex_t lock = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int waiting, never;

static void unlock(void *arg) {
    printf("cleanup: unlock %s\n", pthread_mutex_unlock(&lock) == 0 ? "ok, it was held" : "failed");
}

static void *waiter(void *arg) {
    pthread_mutex_lock(&lock);
    pthread_cleanup_push(unlock, NULL);
    waiting = 1;
    pthread_cond_signal(&cond);
    while (!never)
        pthread_cond_wait(&cond, &lock);
    printf("not reached\n");
    pthread_cleanup_pop(1);
    return NULL;
}

int main(void) {
    pthread_t t;
    void *result;
    pthread_create(&t, NULL, waiter, NULL);
    pthread_mutex_lock(&lock);
    while (!waiting)
        pthread_cond_wait(&cond, &lock);
    printf("cancel: %d\n", pthread_cancel(t));
    pthread_mutex_unlock(&lock);
    pthread_join(t, &result);
    printf("joined: %s\n", result == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "a value");
    printf("main locks again: %d\n", pthread_mutex_lock(&lock));
    pthread_mutex_unlock(&lock);
    return 0;
}
// expect: cancel: 0
// expect: cleanup: unlock ok, it was held
// expect: joined: PTHREAD_CANCELED
// expect: main locks again: 0
