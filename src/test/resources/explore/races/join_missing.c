// explore: race
// race-lines: 9 16
/* join_ordered.c with the read before the join: the parent may read while the child writes. */
#include <pthread.h>

int result;

void *child(void *arg) {
    result = 7;
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, child, NULL);
    int seen = result;
    pthread_join(t, NULL);
    return seen;
}
