// explore: invariant
// explore-invariant: total == 2 * ROUNDS
// explore-invariant-at: exit
/* Two threads add ROUNDS each to `total` without a lock: an update can be lost, and the total
   the lab expects at exit is not reached. */
#include <pthread.h>

#define ROUNDS 2

static int total;

static void *adder(void *arg) {
    for (int i = 0; i < ROUNDS; i++) {
        total++;
    }
    return arg;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&b, NULL, adder, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
