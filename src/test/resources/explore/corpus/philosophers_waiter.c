// explore: no-bug
/* Four philosophers; a waiter semaphore lets at most three sit down at once. */
#include <pthread.h>
#include <semaphore.h>

#define N 4

static pthread_mutex_t fork_of[N] = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
};
static sem_t seats;

static void *philosopher(void *arg) {
    int i = (int) (long) arg;
    sem_wait(&seats);
    pthread_mutex_lock(&fork_of[i]);
    pthread_mutex_lock(&fork_of[(i + 1) % N]);
    pthread_mutex_unlock(&fork_of[(i + 1) % N]);
    pthread_mutex_unlock(&fork_of[i]);
    sem_post(&seats);
    return NULL;
}

int main(void) {
    pthread_t t[N];
    sem_init(&seats, 0, N - 1);
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, philosopher, (void *) i);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
    }
    return 0;
}
