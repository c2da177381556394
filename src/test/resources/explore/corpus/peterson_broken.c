// explore: assertion
/* Peterson's algorithm with the turn handed to oneself instead of the other thread: both can
   enter the critical section. */
#include <assert.h>
#include <pthread.h>

static volatile int flag[2];
static volatile int turn;
static volatile int inside;

static void *worker(void *arg) {
    int me = (int) (long) arg;
    int other = 1 - me;
    flag[me] = 1;
    turn = me; /* the bug: Peterson gives the turn to the other thread */
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
