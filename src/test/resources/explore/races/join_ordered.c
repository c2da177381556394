// explore: no-race complete
/* The child writes its result; the parent reads it only after joining the child. */
#include <pthread.h>

int result;

void *child(void *arg) {
    result = 7;
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, child, NULL);
    pthread_join(t, NULL);
    return result == 7 ? 0 : 1;
}
