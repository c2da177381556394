// explore: livelock
/* The consumer spins until `ready` is set, but the producer forgets to set it: the consumer
   keeps running and reading, and nothing ever changes. */
#include <assert.h>
#include <pthread.h>

static volatile int ready;
static volatile int data;

static void *producer(void *arg) {
    data = 42; /* the bug: no `ready = 1;` */
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
