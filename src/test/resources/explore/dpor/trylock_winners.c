/* Two threads try a mutex once each and keep it for a while: the exit status says who got it
   (bit 0: the first thread, bit 1: the second). */
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int winners;
static int work;

static void *try(void *arg) {
    int bit = (int) (long) arg;
    if (pthread_mutex_trylock(&m) == 0) {
        work++;
        winners |= bit;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, try, (void *) 1L);
    pthread_create(&b, NULL, try, (void *) 2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return winners;
}
