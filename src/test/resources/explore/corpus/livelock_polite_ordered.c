// explore: no-bug
// explore-cpus: 2
// explore-runs: 300
/* The fixed version: both threads take the locks in one global order (a, then b), so one of
   them always gets both, and the other waits for it instead of backing off. */
#include <pthread.h>
#include <sched.h>

static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t b = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;
static int done;

static void polite(pthread_mutex_t *first, pthread_mutex_t *second) {
    pthread_barrier_wait(&start);
    for (;;) {
        pthread_mutex_lock(first);
        if (pthread_mutex_trylock(second) == 0) {
            break;
        }
        pthread_mutex_unlock(first);
        sched_yield();
    }
    done++;
    pthread_mutex_unlock(second);
    pthread_mutex_unlock(first);
}

static void *left(void *arg) {
    polite(&a, &b);
    return arg;
}

static void *right(void *arg) {
    polite(&a, &b);
    return arg;
}

int main(void) {
    pthread_t l, r;
    pthread_barrier_init(&start, NULL, 2);
    pthread_create(&l, NULL, left, NULL);
    pthread_create(&r, NULL, right, NULL);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    return 0;
}
