// explore: invariant
// explore-invariant: inside >= 0 && inside <= CAPACITY
/* At most CAPACITY visitors may be inside. Each visitor checks the count and then enters, but
   the check and the entering are not one step: three visitors can all see room for one more. */
#include <pthread.h>

#define CAPACITY 2
#define VISITORS 3

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int inside;

static void *visitor(void *arg) {
    int room;
    pthread_mutex_lock(&m);
    room = inside < CAPACITY;
    pthread_mutex_unlock(&m);
    if (room) {
        pthread_mutex_lock(&m);
        inside++;
        pthread_mutex_unlock(&m);
        pthread_mutex_lock(&m);
        inside--;
        pthread_mutex_unlock(&m);
    }
    return arg;
}

int main(void) {
    pthread_t t[VISITORS];
    for (int i = 0; i < VISITORS; i++) {
        pthread_create(&t[i], NULL, visitor, NULL);
    }
    for (int i = 0; i < VISITORS; i++) {
        pthread_join(t[i], NULL);
    }
    return 0;
}
