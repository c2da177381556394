/* A bounded buffer monitor: its state and its mutex and condition variables are static, so
 * the only way in is through buffer_put and buffer_get. */
#include <pthread.h>
#include "buffer.h"

static int slots[CAPACITY];
static int head, tail, count, high_water;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

void buffer_init(void) {
    head = tail = count = high_water = 0;
}

void buffer_put(int item) {
    pthread_mutex_lock(&lock);
    while (count == CAPACITY) {
        pthread_cond_wait(&not_full, &lock);
    }
    slots[tail] = item;
    tail = (tail + 1) % CAPACITY;
    count++;
    if (count > high_water) {
        high_water = count;
    }
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&lock);
}

int buffer_get(void) {
    pthread_mutex_lock(&lock);
    while (count == 0) {
        pthread_cond_wait(&not_empty, &lock);
    }
    int item = slots[head];
    head = (head + 1) % CAPACITY;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&lock);
    return item;
}

int buffer_high_water(void) {
    pthread_mutex_lock(&lock);
    int h = high_water;
    pthread_mutex_unlock(&lock);
    return h;
}
