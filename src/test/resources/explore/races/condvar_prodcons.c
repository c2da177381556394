// explore: no-race within 2
/* Producer and consumer hand one item over under a mutex, waiting on a condition variable. */
#include <pthread.h>

pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
int item;
int available;

void *producer(void *arg) {
    pthread_mutex_lock(&lock);
    item = 5;
    available = 1;
    pthread_cond_signal(&changed);
    pthread_mutex_unlock(&lock);
    return NULL;
}

void *consumer(void *arg) {
    pthread_mutex_lock(&lock);
    while (!available) {
        pthread_cond_wait(&changed, &lock);
    }
    int got = item;
    available = 0;
    pthread_mutex_unlock(&lock);
    return (void *) (long) got;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
