// explore: no-bug complete
/* Four philosophers; each takes the lower-numbered fork first, so no cycle can form. */
#include <pthread.h>

#define N 4

static pthread_mutex_t fork_of[N] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
};

static void *philosopher(void *arg) {
    int i = (int) (long) arg;
    int left = i;
    int right = (i + 1) % N;
    int first = left < right ? left : right;
    int second = left < right ? right : left;
    pthread_mutex_lock(&fork_of[first]);
    pthread_mutex_lock(&fork_of[second]);
    pthread_mutex_unlock(&fork_of[second]);
    pthread_mutex_unlock(&fork_of[first]);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, philosopher, (void *) i);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
    }
    return 0;
}
