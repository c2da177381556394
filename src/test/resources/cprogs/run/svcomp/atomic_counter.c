/*
 * SV-COMP style (pthread category): two threads increment a shared counter through a
 * __VERIFIER_atomic_ function, so the read-modify-write is never interleaved and no update is
 * lost, under any schedule. GoldenProgramTests also runs it in random mode on 2 CPUs for many
 * seeds (atomic_counter_racy.c is the same program without the atomic function, which fails).
 */
#include <pthread.h>
#include <stdio.h>

extern void __VERIFIER_assert(int);

#define ROUNDS 20

int counter = 0;

void __VERIFIER_atomic_increment(void) {
    int seen = counter;
    seen = seen + 1;
    counter = seen;
}

void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < ROUNDS; i++) {
        __VERIFIER_atomic_increment();
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
// expect: counter = 40
