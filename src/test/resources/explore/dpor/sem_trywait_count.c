/* A poster writes a note and posts; a taker tries the semaphore once and, if it got it, reads
   the note: the exit status is 0 (the try failed) or 1 + the note it read. */
#include <pthread.h>
#include <semaphore.h>

static sem_t s;
static int seen;
static int note;

static void *poster(void *arg) {
    note = 1;
    sem_post(&s);
    return arg;
}

static void *taker(void *arg) {
    if (sem_trywait(&s) == 0) {
        seen = 1 + note;
    }
    return arg;
}

int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 0);
    pthread_create(&a, NULL, poster, NULL);
    pthread_create(&b, NULL, taker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return seen;
}
