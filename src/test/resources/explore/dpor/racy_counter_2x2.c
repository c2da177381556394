/* Two threads increment an unprotected counter twice each: the exit status is the final value,
   2, 3 or 4 (count++ is a load and a store; a thread's stale store can undo the other's). */
#include <pthread.h>

static int count;

static void *inc(void *arg) {
    for (int i = 0; i < 2; i++) {
        count++;
    }
    return arg;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, inc, NULL);
    pthread_create(&b, NULL, inc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count;
}
