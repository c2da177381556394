// explore: no-race within 2
/* flag_publication.c with a C11 atomic flag: the release store and the acquire load order the
   plain write of data before its read. */
#include <pthread.h>
#include <stdatomic.h>

int data;
atomic_int ready;

void *producer(void *arg) {
    data = 42;
    atomic_store(&ready, 1);
    return NULL;
}

void *consumer(void *arg) {
    if (atomic_load(&ready)) {
        return (void *) (long) data;
    }
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
