// explore: deadlock
/* Four dining philosophers, each taking the left fork and then the right one, eating once.
   Buggy: all four can hold their left fork and wait for the right one (deadlock).
   The Promela model is ../spin/philosophers.pml. */
#include <pthread.h>
#include <stdio.h>

#define N 4

static pthread_mutex_t fork_of[N] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
};
static int meals;

static void *philosopher(void *arg) {
    int i = (int) (long) arg;
    pthread_mutex_lock(&fork_of[i]);
    pthread_mutex_lock(&fork_of[(i + 1) % N]);
    meals++;
    pthread_mutex_unlock(&fork_of[(i + 1) % N]);
    pthread_mutex_unlock(&fork_of[i]);
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
    printf("%d meals\n", meals);
    return 0;
}
