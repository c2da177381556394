/*
 * A __VERIFIER_atomic_ function ends its section on every return, the early ones and falling off
 * the end included. main takes tickets through one (several returns), then spins until a worker
 * sets a flag: on one CPU the worker can only run if main's sections all ended, so a section
 * left open would end the run on the instruction budget instead.
 */
#include <pthread.h>
#include <stdio.h>

int tickets = 2;
int taken = 0;
volatile int flag = 0;

int __VERIFIER_atomic_take(void) {
    if (tickets == 0) {
        return 0;
    }
    tickets = tickets - 1;
    taken = taken + 1;
    return 1;
}

void __VERIFIER_atomic_note(int got) {
    if (!got) {
        printf("no ticket left\n");
    }
}

void *worker(void *arg) {
    (void)arg;
    flag = 1;
    return NULL;
}

int main(void) {
    for (int i = 0; i < 3; i++) {
        __VERIFIER_atomic_note(__VERIFIER_atomic_take());
    }
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    while (!flag) {
    }
    pthread_join(t, NULL);
    printf("taken %d, worker ran\n", taken);
    return 0;
}
// args: --max-instructions 2000000
// expect: no ticket left
// expect: taken 2, worker ran
