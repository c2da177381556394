/* Two threads take two mutexes in opposite orders: a deadlock, diagnosed with its cycle. */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;

void *worker(void *arg) {
    pthread_mutex_lock(&b);
    usleep(1000);
    pthread_mutex_lock(&a);
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_mutex_lock(&a);
    pthread_create(&t, NULL, worker, NULL);
    usleep(500);
    pthread_mutex_lock(&b);
    return 0;
}
// expect-exit: 125
// expect-stderr: deadlock: every live thread is blocked and no timer can wake one
// expect-stderr: wait-for cycle: thread 1 (main) -> thread 2 (worker) -> thread 1 (main)
