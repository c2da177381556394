/* Seed 001's bounded buffer, with counting semaphores for the free and full slots and a
 * mutex for the indexes: two producers and two consumers, capacity 2, 3 items each. */
#include <stdio.h>
#include <pthread.h>
#include <semaphore.h>

#define N 2
#define ITEMS 3

int buf[N];
int in, out;
sem_t empty_slots, full_slots;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
int consumed_sum, consumed_count;

void *producer(void *arg) {
    int base = (int)(long)arg;
    for (int i = 1; i <= ITEMS; i++) {
        sem_wait(&empty_slots);
        pthread_mutex_lock(&lock);
        buf[in % N] = base + i;
        in++;
        pthread_mutex_unlock(&lock);
        sem_post(&full_slots);
    }
    return NULL;
}

void *consumer(void *arg) {
    for (int i = 0; i < ITEMS; i++) {
        sem_wait(&full_slots);
        pthread_mutex_lock(&lock);
        consumed_sum += buf[out % N];
        consumed_count++;
        out++;
        pthread_mutex_unlock(&lock);
        sem_post(&empty_slots);
    }
    return NULL;
}

int main(void) {
    pthread_t p1, p2, c1, c2;
    sem_init(&empty_slots, 0, N);
    sem_init(&full_slots, 0, 0);
    pthread_create(&p1, NULL, producer, (void *)100L);
    pthread_create(&p2, NULL, producer, (void *)200L);
    pthread_create(&c1, NULL, consumer, NULL);
    pthread_create(&c2, NULL, consumer, NULL);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    pthread_join(c1, NULL);
    pthread_join(c2, NULL);
    printf("consumed %d items, sum %d\n", consumed_count, consumed_sum);
    printf("in %d out %d\n", in, out);
    return 0;
}
// expect: consumed 6 items, sum 912
// expect: in 6 out 6
