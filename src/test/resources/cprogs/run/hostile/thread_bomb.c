/* Creates threads until pthread_create refuses: the thread budget answers EAGAIN. */
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>
#include <errno.h>

void *nap(void *arg) {
    sleep(100);
    return NULL;
}

int main(void) {
    pthread_t t;
    int created = 0, r;
    while ((r = pthread_create(&t, NULL, nap, NULL)) == 0)
        created++;
    printf("pthread_create said %s after %d threads\n", r == EAGAIN ? "EAGAIN" : "something else", created);
    return 0;
}
// expect: pthread_create said EAGAIN after 255 threads
