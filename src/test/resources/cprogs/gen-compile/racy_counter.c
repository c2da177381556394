// The classic data race: counter++ from four threads without a lock loses updates.
#include <pthread.h>
#include <stdio.h>

static long counter;

static void *worker(void *arg) {
    (void) arg;
    for (int i = 0; i < 1000; i++) counter++;
    return NULL;
}

int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%ld\n", counter);
    return 0;
}
