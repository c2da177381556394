// explore: race
// race-lines: 9 9
/* Two threads increment a counter with no lock: count++ reads and writes unordered. */
#include <pthread.h>

int count;

void *inc(void *arg) {
    count++;
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, inc, NULL);
    pthread_create(&b, NULL, inc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return count == 2 ? 0 : 1;
}
