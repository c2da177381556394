/* A stack larger than the memory budget cannot be given: pthread_create fails with EAGAIN, as
 * glibc does when it cannot map the stack (the default budget is 64 MiB). */
#include <stdio.h>
#include <errno.h>
#include <pthread.h>

static void *worker(void *arg) {
    return arg;
}

int main(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1UL << 40);
    printf("create: %s\n", pthread_create(&t, &attr, worker, NULL) == EAGAIN ? "EAGAIN" : "created");
    return 0;
}
// expect: create: EAGAIN
