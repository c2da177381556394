/* Two readers take the read lock and return what they saw while main sets the value under the
   write lock: the exit status says which readers saw the write. Readers that find the lock free
   commute; each of them against the writer does not. */
#include <pthread.h>

static pthread_rwlock_t lock = PTHREAD_RWLOCK_INITIALIZER;
static int value;

static void *reader(void *arg) {
    pthread_rwlock_rdlock(&lock);
    long seen = value;
    pthread_rwlock_unlock(&lock);
    return (void *) seen;
}

int main(void) {
    pthread_t r0, r1;
    void *saw0, *saw1;
    pthread_create(&r0, NULL, reader, NULL);
    pthread_create(&r1, NULL, reader, NULL);
    pthread_rwlock_wrlock(&lock);
    value = 1;
    pthread_rwlock_unlock(&lock);
    pthread_join(r0, &saw0);
    pthread_join(r1, &saw1);
    return (int) (long) saw0 + 2 * (int) (long) saw1;
}
