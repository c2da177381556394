// explore: no-bug
// explore-runs: 100
/* The fixed version: the producer sets `ready` after `data`, so the consumer's spin ends. */
#include <assert.h>
#include <pthread.h>

static volatile int ready;
static volatile int data;

static void *producer(void *arg) {
    data = 42;
    ready = 1;
    return arg;
}

static void *consumer(void *arg) {
    while (!ready) {
    }
    assert(data == 42);
    return arg;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
