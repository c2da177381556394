// explore: no-race within 2
/* memcpy_unsynchronised.c with a mutex around both copies: the calls are ordered, no race. */
#include <pthread.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char message[16];
static char copy[16];

static void *writer(void *arg) {
    pthread_mutex_lock(&lock);
    memcpy(message, "hello", 6);
    pthread_mutex_unlock(&lock);
    return arg;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    pthread_mutex_lock(&lock);
    strcpy(copy, message);
    pthread_mutex_unlock(&lock);
    pthread_join(t, NULL);
    return strlen(copy) > 5;
}
