/* A thread calling exit ends the whole process, main blocked in pthread_join included; the
 * handlers run in the exiting thread. */
// gcc-differential
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

static void handler(void) { printf("handler\n"); }

static void *worker(void *arg) {
    printf("worker calls exit(2)\n");
    exit(2);
}

int main(void) {
    pthread_t t;
    atexit(handler);
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("main is not reached\n");
    return 0;
}
// expect: worker calls exit(2)
// expect: handler
// expect-exit: 2
