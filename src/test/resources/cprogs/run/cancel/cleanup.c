/* pthread_cleanup_pop(1) runs the handler, pop(0) does not; pthread_exit runs the handlers still
 * pushed, innermost first, and the joiner gets pthread_exit's value. */
// gcc-differential
#include <stdio.h>
#include <pthread.h>

static void say(void *what) {
    printf("handler %s\n", (char *)what);
}

static void *worker(void *arg) {
    pthread_cleanup_push(say, "a");
    pthread_cleanup_pop(1);
    pthread_cleanup_push(say, "b");
    pthread_cleanup_pop(0);
    pthread_cleanup_push(say, "outer");
    pthread_cleanup_push(say, "middle");
    pthread_cleanup_push(say, "inner");
    pthread_exit((void *)42);
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    return NULL;
}

int main(void) {
    pthread_t t;
    void *result;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, &result);
    printf("joined %ld\n", (long)result);
    return 0;
}
// expect: handler a
// expect: handler inner
// expect: handler middle
// expect: handler outer
// expect: joined 42
