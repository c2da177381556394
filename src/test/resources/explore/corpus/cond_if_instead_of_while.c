// explore: assertion
/* The same bounded buffer with one condition variable and `if` instead of `while` around the
   wait: a woken thread does not re-check its condition, so a consumer can take from an empty
   buffer (or a producer put into a full one). Buggy: an assertion fails under some schedule.
   The Promela model is ../spin/bounded_buffer_cond_if.pml. */
#include <assert.h>
#include <pthread.h>

#define CAP 2
#define ITEMS 3

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int buf[CAP];
static int in;
static int out;
static int count;

static void *producer(void *arg) {
    int id = (int) (long) arg;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&mutex);
        if (count == CAP) {
            pthread_cond_wait(&changed, &mutex);
        }
        assert(count < CAP);
        buf[in] = id * 10 + i;
        in = (in + 1) % CAP;
        count++;
        pthread_cond_signal(&changed);
        pthread_mutex_unlock(&mutex);
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void) arg;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&mutex);
        if (count == 0) {
            pthread_cond_wait(&changed, &mutex);
        }
        assert(count > 0);
        int item = buf[out];
        out = (out + 1) % CAP;
        count--;
        (void) item;
        pthread_cond_signal(&changed);
        pthread_mutex_unlock(&mutex);
    }
    return NULL;
}

int main(void) {
    pthread_t t[4];
    pthread_create(&t[0], NULL, producer, (void *) 1L);
    pthread_create(&t[1], NULL, producer, (void *) 2L);
    pthread_create(&t[2], NULL, consumer, NULL);
    pthread_create(&t[3], NULL, consumer, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
    }
    return 0;
}
