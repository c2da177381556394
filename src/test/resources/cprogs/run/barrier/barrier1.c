/* Seed 003's barrier1.c: main and two threads meet at a barrier of 3; the threads "compute"
 * for 20 and 40 seconds (simulated time), so everyone leaves the barrier 40 s after start. */
#include <stdio.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

pthread_barrier_t barrier;
time_t start;
int serial_threads;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void note(int r) {
    if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
        pthread_mutex_lock(&lock);
        serial_threads++;
        pthread_mutex_unlock(&lock);
    }
}

void *thread1(void *not_used) {
    sleep(20);
    note(pthread_barrier_wait(&barrier));
    return NULL;
}

void *thread2(void *not_used) {
    sleep(40);
    note(pthread_barrier_wait(&barrier));
    return NULL;
}

int main(void) {
    pthread_t t1, t2;
    start = time(NULL);
    pthread_barrier_init(&barrier, NULL, 3);
    pthread_create(&t1, NULL, thread1, NULL);
    pthread_create(&t2, NULL, thread2, NULL);
    printf("main() waiting for barrier at %ld s\n", (long)(time(NULL) - start));
    note(pthread_barrier_wait(&barrier));
    printf("barrier in main() done at %ld s\n", (long)(time(NULL) - start));
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("serial threads: %d\n", serial_threads);
    return 0;
}
// expect: main() waiting for barrier at 0 s
// expect: barrier in main() done at 40 s
// expect: serial threads: 1
