// explore: no-race within 2
/* Two threads use a table that pthread_once fills in: whoever finds it done sees the writes. */
#include <pthread.h>

pthread_once_t once = PTHREAD_ONCE_INIT;
int table[2];

void fill(void) {
    table[0] = 3;
    table[1] = 4;
}

void *user(void *arg) {
    pthread_once(&once, fill);
    return (void *) (long) (table[0] + table[1]);
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
