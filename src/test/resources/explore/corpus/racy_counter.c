// explore: assertion
/* count++ is a load and a store: two threads can both load the old value. */
#include <assert.h>
#include <pthread.h>

static int count;

static void *inc(void *arg) {
    for (int i = 0; i < 2; i++) {
        count++;
    }
    return arg;
}

int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, inc, NULL);
    pthread_create(&t2, NULL, inc, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    assert(count == 4);
    return 0;
}
