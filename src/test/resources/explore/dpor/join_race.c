/* main reads what a thread writes before and after joining it, and the thread reads a flag
   main sets after creating it: the exit status encodes all three reads. */
#include <pthread.h>

static int data;
static int go;

static void *child(void *arg) {
    int saw = go;
    data = 1 + saw;
    return arg;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, child, NULL);
    go = 1;
    int early = data;
    pthread_join(t, NULL);
    return early * 10 + data;
}
