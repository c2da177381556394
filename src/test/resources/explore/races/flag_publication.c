// explore: race
// race-lines: 12 17
/* The producer publishes data through a plain flag: nothing orders the flag's write and read
   (volatile makes every access a step, not a synchronisation). */
#include <pthread.h>

int data;
volatile int ready;

void *producer(void *arg) {
    data = 42;
    ready = 1;
    return NULL;
}

void *consumer(void *arg) {
    while (!ready) {
    }
    return (void *) (long) data;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
