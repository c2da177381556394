// explore: livelock
// explore-cpus: 2
/* Two polite threads on two CPUs: each takes its own lock, tries the other's, and when that is
   taken gives its own back, yields and starts again. Started together, they back off in step
   for ever: locks are taken and given back, but nothing new ever happens. */
#include <pthread.h>
#include <sched.h>

static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t b = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;
static int done;

static void polite(pthread_mutex_t *mine, pthread_mutex_t *other) {
    pthread_barrier_wait(&start);
    for (;;) {
        pthread_mutex_lock(mine);
        if (pthread_mutex_trylock(other) == 0) {
            break;
        }
        pthread_mutex_unlock(mine);
        sched_yield();
    }
    done++;
    pthread_mutex_unlock(other);
    pthread_mutex_unlock(mine);
}

static void *left(void *arg) {
    polite(&a, &b);
    return arg;
}

static void *right(void *arg) {
    polite(&b, &a);
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
