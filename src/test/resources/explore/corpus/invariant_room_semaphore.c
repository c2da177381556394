// explore: no-bug
// explore-invariant: inside >= 0 && inside <= CAPACITY
/* The fixed version: a counting semaphore of CAPACITY tokens lets at most CAPACITY visitors in. */
#include <pthread.h>
#include <semaphore.h>

#define CAPACITY 2
#define VISITORS 3

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static sem_t room;
static int inside;

static void *visitor(void *arg) {
    sem_wait(&room);
    pthread_mutex_lock(&m);
    inside++;
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&m);
    inside--;
    pthread_mutex_unlock(&m);
    sem_post(&room);
    return arg;
}

int main(void) {
    pthread_t t[VISITORS];
    sem_init(&room, 0, CAPACITY);
    for (int i = 0; i < VISITORS; i++) {
        pthread_create(&t[i], NULL, visitor, NULL);
    }
    for (int i = 0; i < VISITORS; i++) {
        pthread_join(t[i], NULL);
    }
    return 0;
}
