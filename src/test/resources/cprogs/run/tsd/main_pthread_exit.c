/* main calling pthread_exit ends like any thread: its destructors run (returning from main would
 * run none); the process ends when its last thread does. */
// gcc-differential
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>

static pthread_key_t key;

static void destroy(void *value) {
    printf("destroy(%s)\n", (char *)value);
}

static void *worker(void *arg) {
    usleep(10000);
    printf("worker ends\n");
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_key_create(&key, destroy);
    pthread_create(&t, NULL, worker, NULL);
    pthread_setspecific(key, "main");
    pthread_exit(NULL);
}
// expect: destroy(main)
// expect: worker ends
