/*
 * The control for atomic_counter.c: the same two threads increment the counter without the
 * __VERIFIER_atomic_ function, so a switch between the load and the store loses an update.
 * Random mode on 2 CPUs finds such a schedule (seed 1 does); GoldenProgramTests checks that
 * some seed in 200 fails, so the atomic programs' test could fail too.
 */
#include <pthread.h>
#include <stdio.h>

extern void __VERIFIER_assert(int);

#define ROUNDS 20

int counter = 0;

void increment(void) {
    int seen = counter;
    seen = seen + 1;
    counter = seen;
}

void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < ROUNDS; i++) {
        increment();
    }
    return NULL;
}

int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    __VERIFIER_assert(counter == 2 * ROUNDS);
    printf("counter = %d\n", counter);
    return 0;
}
// args: --mode random --seed 1 --cpus 2
// expect-exit: 134
// expect-stderr: assertion failed: __VERIFIER_assert
