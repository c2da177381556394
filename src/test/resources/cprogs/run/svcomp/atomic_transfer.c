/*
 * SV-COMP style: __VERIFIER_atomic_begin/_end around both sides of an invariant. A teller moves
 * money between two accounts and an auditor checks that the total never changes; each does its
 * part between atomic_begin and atomic_end, so the auditor never sees a transfer half done.
 * GoldenProgramTests also runs it in random mode on 2 CPUs for many seeds.
 */
#include <pthread.h>
#include <stdio.h>

extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assert(int);

#define TOTAL 1000
#define ROUNDS 15

int checking = TOTAL;
int savings = 0;

void *teller(void *arg) {
    int amount = *(int *)arg;
    for (int i = 0; i < ROUNDS; i++) {
        __VERIFIER_atomic_begin();
        checking = checking - amount;
        savings = savings + amount;
        __VERIFIER_atomic_end();
    }
    return NULL;
}

void *auditor(void *arg) {
    (void)arg;
    for (int i = 0; i < ROUNDS; i++) {
        __VERIFIER_atomic_begin();
        int seen = checking + savings;
        __VERIFIER_atomic_end();
        __VERIFIER_assert(seen == TOTAL);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b, c;
    int seven = 7, eleven = 11;
    pthread_create(&a, NULL, teller, &seven);
    pthread_create(&b, NULL, teller, &eleven);
    pthread_create(&c, NULL, auditor, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("checking %d savings %d\n", checking, savings);
    return 0;
}
// expect: checking 730 savings 270
