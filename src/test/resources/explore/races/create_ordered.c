// explore: no-race within 2
/* The parent fills in the configuration before it creates the threads that read it, through a
   local of main that the threads reach by pointer. */
#include <pthread.h>

struct config {
    int rounds;
    int step;
};

void *worker(void *arg) {
    struct config *c = arg;
    return (void *) (long) (c->rounds * c->step);
}

int main(void) {
    struct config c;
    c.rounds = 3;
    c.step = 2;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &c);
    pthread_create(&b, NULL, worker, &c);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    c.rounds = 0;
    return c.rounds;
}
