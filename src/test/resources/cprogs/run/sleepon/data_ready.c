/* Seed 003's sleepon producer/consumer: the QNX pthread_sleepon_* calls and their hidden
 * mutex, waiting on the address of data_ready. Bounded to 3 items. */
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>

volatile int data_ready = 0;
int item;

void *consumer(void *arg) {
    for (int n = 0; n < 3; n++) {
        pthread_sleepon_lock();
        while (!data_ready) {
            pthread_sleepon_wait((void *)&data_ready);
        }
        printf("consumer: item %d\n", item);
        data_ready = 0;
        pthread_sleepon_unlock();
    }
    return NULL;
}

void *producer(void *arg) {
    for (int n = 1; n <= 3; n++) {
        usleep(10000);   /* wait for "interrupt from hardware" */
        pthread_sleepon_lock();
        item = n * 10;
        data_ready = 1;
        pthread_sleepon_signal((void *)&data_ready);
        pthread_sleepon_unlock();
    }
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("done\n");
    return 0;
}
// expect: consumer: item 10
// expect: consumer: item 20
// expect: consumer: item 30
// expect: done
