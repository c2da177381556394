// explore: race
// race-lines: 13 21
/* A block is handed to a thread by pointer; main then changes it while the thread reads it. */
#include <pthread.h>
#include <stdlib.h>

struct job {
    int size;
};

void *worker(void *arg) {
    struct job *j = arg;
    return (void *) (long) j->size;
}

int main(void) {
    struct job *j = malloc(sizeof *j);
    j->size = 1;
    pthread_t t;
    pthread_create(&t, NULL, worker, j);
    j->size = 2;
    pthread_join(t, NULL);
    free(j);
    return 0;
}
