/* Producers and consumers in main.c, the bounded buffer in buffer.c: two producers put 10
 * items each, two consumers take 10 each; the sums do not depend on the interleaving. */
#include <stdio.h>
#include <pthread.h>
#include "buffer.h"

#define ITEMS 10

static long sums[2];

static void *producer(void *arg) {
    int base = (int)(long)arg;
    for (int i = 1; i <= ITEMS; i++) {
        buffer_put(base + i);
    }
    return NULL;
}

static void *consumer(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < ITEMS; i++) {
        sums[id] += buffer_get();
    }
    return NULL;
}

int main(void) {
    pthread_t p[2], c[2];
    buffer_init();
    for (long i = 0; i < 2; i++) {
        pthread_create(&c[i], NULL, consumer, (void *)i);
    }
    pthread_create(&p[0], NULL, producer, (void *)100L);
    pthread_create(&p[1], NULL, producer, (void *)200L);
    for (int i = 0; i < 2; i++) {
        pthread_join(p[i], NULL);
        pthread_join(c[i], NULL);
    }
    int h = buffer_high_water();
    printf("consumed %ld\n", sums[0] + sums[1]);
    printf("high water within capacity: %d\n", h >= 1 && h <= CAPACITY);
    return 0;
}
// expect: consumed 3110
// expect: high water within capacity: 1
