/* main ends with pthread_exit; the process lives on until its last thread ends, which then
 * calls exit(0): the atexit handlers run in that thread, and the status is 0. */
// gcc-differential
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <unistd.h>

static pthread_t main_thread;

static void handler(void) {
    printf("handler runs in the worker: %d\n", !pthread_equal(pthread_self(), main_thread));
}

static void *worker(void *arg) {
    usleep(10000);
    printf("worker done\n");
    return arg;
}

int main(void) {
    pthread_t t;
    main_thread = pthread_self();
    atexit(handler);
    pthread_create(&t, NULL, worker, NULL);
    printf("main calls pthread_exit\n");
    pthread_exit(NULL);
}
// expect: main calls pthread_exit
// expect: worker done
// expect: handler runs in the worker: 1
