/* count++ is a load and a store: two threads lose updates when a switch falls between them.
 * Random mode with this seed on two CPUs shows it; the assertion catches it. */
#include <stdio.h>
#include <pthread.h>
#include <assert.h>

int counter;

void *worker(void *arg) {
    for (int i = 0; i < 1000; i++)
        counter++;
    return NULL;
}

int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    assert(counter == 2000);
    return 0;
}
// args: --mode random --seed 3 --cpus 2
// expect-exit: 134
// expect-stderr: assertion failed: counter == 2000
