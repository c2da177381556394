// explore: race
// race-lines: 12 19
/* A worker fills a shared buffer with memcpy while main copies it out with strcpy, with no
   lock: the library calls' own accesses race (they are checked from their arguments). */
#include <pthread.h>
#include <string.h>

static char message[16];
static char copy[16];

static void *writer(void *arg) {
    memcpy(message, "hello", 6);
    return arg;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    strcpy(copy, message);
    pthread_join(t, NULL);
    return 0;
}
