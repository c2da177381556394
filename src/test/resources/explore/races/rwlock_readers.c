// explore: no-race within 1
/* A writer updates a table under the write lock; two readers read it under read locks. */
#include <pthread.h>

pthread_rwlock_t lock = PTHREAD_RWLOCK_INITIALIZER;
int table[2];

void *writer(void *arg) {
    pthread_rwlock_wrlock(&lock);
    table[0] = 1;
    table[1] = 2;
    pthread_rwlock_unlock(&lock);
    return NULL;
}

void *reader(void *arg) {
    pthread_rwlock_rdlock(&lock);
    int sum = table[0] + table[1];
    pthread_rwlock_unlock(&lock);
    return (void *) (long) sum;
}

int main(void) {
    pthread_t w, r1, r2;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    return 0;
}
