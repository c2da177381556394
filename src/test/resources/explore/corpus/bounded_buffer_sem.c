// explore: no-bug
// explore-runs: 500
/* Bounded buffer, capacity 2: two producers and two consumers, 3 items each, with counting
   semaphores (slots, items) and a mutex. Correct: no assertion fails, no deadlock.
   The Promela model is ../spin/bounded_buffer_sem.pml. */
#include <assert.h>
#include <pthread.h>
#include <semaphore.h>

#define CAP 2
#define ITEMS 3

static sem_t slots;
static sem_t items;
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static int buf[CAP];
static int in;
static int out;
static int count;

static void *producer(void *arg) {
    int id = (int) (long) arg;
    for (int i = 0; i < ITEMS; i++) {
        sem_wait(&slots);
        pthread_mutex_lock(&mutex);
        buf[in] = id * 10 + i;
        in = (in + 1) % CAP;
        count++;
        assert(count <= CAP);
        pthread_mutex_unlock(&mutex);
        sem_post(&items);
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void) arg;
    for (int i = 0; i < ITEMS; i++) {
        sem_wait(&items);
        pthread_mutex_lock(&mutex);
        int item = buf[out];
        out = (out + 1) % CAP;
        count--;
        assert(count >= 0);
        assert(item != 0);
        pthread_mutex_unlock(&mutex);
        sem_post(&slots);
    }
    return NULL;
}

int main(void) {
    pthread_t t[4];
    sem_init(&slots, 0, CAP);
    sem_init(&items, 0, 0);
    pthread_create(&t[0], NULL, producer, (void *) 1L);
    pthread_create(&t[1], NULL, producer, (void *) 2L);
    pthread_create(&t[2], NULL, consumer, NULL);
    pthread_create(&t[3], NULL, consumer, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
    }
    assert(count == 0);
    return 0;
}
