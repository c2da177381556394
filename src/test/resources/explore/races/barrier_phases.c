// explore: no-race within 2
/* Two phases split by a barrier: each thread writes its own slot, then reads the other's. */
#include <pthread.h>

int slot[2];
int seen[2];
pthread_barrier_t phase;

void *worker(void *arg) {
    int me = (int) (long) arg;
    slot[me] = me + 10;
    pthread_barrier_wait(&phase);
    seen[me] = slot[1 - me];
    return NULL;
}

int main(void) {
    pthread_barrier_init(&phase, NULL, 2);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *) 0L);
    pthread_create(&b, NULL, worker, (void *) 1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return seen[0] + seen[1] == 21 ? 0 : 1;
}
