/* Readers and writers of seed 003: readers share the lock, a writer has it alone. Each reader
 * checks that the two halves of the record agree (a writer updates both under the lock). */
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int left, right;
int torn_reads, reads;
pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;

void *reader(void *arg) {
    for (int i = 0; i < 20; i++) {
        pthread_rwlock_rdlock(&rw);
        int a = left;
        usleep(100);
        int b = right;
        pthread_rwlock_unlock(&rw);
        pthread_mutex_lock(&count_lock);
        reads++;
        if (a != b)
            torn_reads++;
        pthread_mutex_unlock(&count_lock);
    }
    return NULL;
}

void *writer(void *arg) {
    for (int i = 0; i < 10; i++) {
        pthread_rwlock_wrlock(&rw);
        left++;
        usleep(50);
        right++;
        pthread_rwlock_unlock(&rw);
        usleep(70);
    }
    return NULL;
}

int main(void) {
    pthread_t r[3], w[2];
    for (int i = 0; i < 3; i++)
        pthread_create(&r[i], NULL, reader, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, writer, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(r[i], NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    printf("%d reads, %d torn, record %d/%d\n", reads, torn_reads, left, right);
    return 0;
}
// expect: 60 reads, 0 torn, record 20/20
