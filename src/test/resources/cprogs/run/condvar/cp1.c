/* Seed 003's cp1.c: a producer and a consumer hand data over through a flag guarded by a
 * mutex, with one condvar; both wait in while loops. Bounded to 5 items so it ends. */
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>

int data_ready = 0;
int data;
pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t condvar = PTHREAD_COND_INITIALIZER;

void *consumer(void *notused) {
    printf("In consumer thread...\n");
    for (int n = 0; n < 5; n++) {
        pthread_mutex_lock(&mutex);
        while (!data_ready) {
            pthread_cond_wait(&condvar, &mutex);
        }
        printf("consumer:  got data %d from producer\n", data);
        data_ready = 0;
        pthread_cond_signal(&condvar);
        pthread_mutex_unlock(&mutex);
    }
    return NULL;
}

void *producer(void *notused) {
    printf("In producer thread...\n");
    for (int n = 1; n <= 5; n++) {
        sleep(1);   /* get data from hardware */
        printf("producer:  got data %d from h/w\n", n);
        pthread_mutex_lock(&mutex);
        while (data_ready) {
            pthread_cond_wait(&condvar, &mutex);
        }
        data = n;
        data_ready = 1;
        pthread_cond_signal(&condvar);
        pthread_mutex_unlock(&mutex);
    }
    return NULL;
}

int main(void) {
    pthread_t p, c;
    printf("Starting consumer/producer example...\n");
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
// expect: Starting consumer/producer example...
// expect: In producer thread...
// expect: In consumer thread...
// expect: producer:  got data 1 from h/w
// expect: consumer:  got data 1 from producer
// expect: producer:  got data 2 from h/w
// expect: consumer:  got data 2 from producer
// expect: producer:  got data 3 from h/w
// expect: consumer:  got data 3 from producer
// expect: producer:  got data 4 from h/w
// expect: consumer:  got data 4 from producer
// expect: producer:  got data 5 from h/w
// expect: consumer:  got data 5 from producer
