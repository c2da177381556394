// explore: no-race within 2
/* A one-slot buffer guarded by two semaphores: the slot is written after a wait on empty and
   read after a wait on full, so each access happens after the other side's post. */
#include <pthread.h>
#include <semaphore.h>

int slot;
int sum;
sem_t empty, full;

void *producer(void *arg) {
    for (int i = 1; i <= 2; i++) {
        sem_wait(&empty);
        slot = i;
        sem_post(&full);
    }
    return NULL;
}

void *consumer(void *arg) {
    for (int i = 0; i < 2; i++) {
        sem_wait(&full);
        sum += slot;
        sem_post(&empty);
    }
    return NULL;
}

int main(void) {
    sem_init(&empty, 0, 1);
    sem_init(&full, 0, 0);
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return sum == 3 ? 0 : 1;
}
