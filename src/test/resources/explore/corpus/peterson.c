// explore: no-bug
// explore-runs: 2000
/* Peterson's algorithm: mutual exclusion for two threads with shared flags and a turn. Each
   access to a volatile is a step, so every interleaving of them is explored. */
#include <assert.h>
#include <pthread.h>

static volatile int flag[2];
static volatile int turn;
static volatile int inside;

static void *worker(void *arg) {
    int me = (int) (long) arg;
    int other = 1 - me;
    flag[me] = 1;
    turn = other;
    while (flag[other] && turn == other) {
    }
    inside++;
    assert(inside == 1);
    inside--;
    flag[me] = 0;
    return NULL;
}

int main(void) {
    pthread_t t0, t1;
    pthread_create(&t0, NULL, worker, (void *) 0L);
    pthread_create(&t1, NULL, worker, (void *) 1L);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return 0;
}
