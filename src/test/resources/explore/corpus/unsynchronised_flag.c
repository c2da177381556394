// explore: race
// explore-with: races
/* The worker publishes its result through a plain flag; main polls the flag instead of joining
   first, so the flag's write and read (and the result's) are not ordered. No assertion fails:
   only the race detector sees the bug. */
#include <pthread.h>

int result;
volatile int done;

void *worker(void *arg) {
    result = 6 * 7;
    done = 1;
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    int seen = done ? result : 42;
    pthread_join(t, NULL);
    return seen == 42 ? 0 : 1;
}
