/* A waiter waits on a condition variable for a flag a second thread sets before signalling:
   the exit status says whether the waiter had to wait (1) or found the flag set (0). */
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int flag;
static int waited;

static void *waiter(void *arg) {
    pthread_mutex_lock(&m);
    while (!flag) {
        waited = 1;
        pthread_cond_wait(&c, &m);
    }
    pthread_mutex_unlock(&m);
    return arg;
}

static void *setter(void *arg) {
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
    return arg;
}

int main(void) {
    pthread_t a, s;
    pthread_create(&a, NULL, waiter, NULL);
    pthread_create(&s, NULL, setter, NULL);
    pthread_join(a, NULL);
    pthread_join(s, NULL);
    return waited;
}
