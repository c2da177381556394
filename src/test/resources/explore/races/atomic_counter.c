// explore: no-race within 2
/* A counter updated only with __atomic_fetch_add; main reads it after the joins. */
#include <pthread.h>

long count;

void *inc(void *arg) {
    for (int i = 0; i < 2; i++) {
        __atomic_fetch_add(&count, 1, 5); /* 5: __ATOMIC_SEQ_CST */
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, inc, NULL);
    pthread_create(&b, NULL, inc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count == 4 ? 0 : 1;
}
