// explore: race
// race-lines: 11 12
/* barrier_phases.c without the barrier: a thread may read the other's slot as it is written. */
#include <pthread.h>

int slot[2];
int seen[2];

void *worker(void *arg) {
    int me = (int) (long) arg;
    slot[me] = me + 10;
    seen[me] = slot[1 - me];
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *) 0L);
    pthread_create(&b, NULL, worker, (void *) 1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return seen[0] + seen[1] == 21 ? 0 : 1;
}
