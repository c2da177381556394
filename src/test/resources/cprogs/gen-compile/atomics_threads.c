// Atomic read-modify-writes from several threads: fetch-op calls and compare-and-swap loops.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int hits;
static _Atomic long product = 1;
static _Atomic double total;

static void *worker(void *arg) {
    (void) arg;
    for (int i = 0; i < 10; i++) {
        hits++;
        hits += 2;
        product *= 2;
        total += 0.5;
    }
    return NULL;
}

int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%d %ld %.1f\n", atomic_load(&hits), (long) product, (double) total);
    return 0;
}
