// explore: no-bug
/* The fixed version: the busy FIFO thread sleeps a little in every round, so the kernel runs
   the lower-priority thread, which sets `stop`. */
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

static volatile int stop;
static volatile long work;

static void *busy(void *arg) {
    while (!stop) {
        work++;
        usleep(1000);
    }
    return arg;
}

static void *stopper(void *arg) {
    stop = 1;
    return arg;
}

int main(void) {
    pthread_t b, s;
    pthread_attr_t attr;
    struct sched_param param;
    pthread_create(&s, NULL, stopper, NULL);
    pthread_attr_init(&attr);
    pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED);
    pthread_attr_setschedpolicy(&attr, SCHED_FIFO);
    param.sched_priority = 20;
    pthread_attr_setschedparam(&attr, &param);
    pthread_create(&b, &attr, busy, NULL);
    pthread_join(s, NULL);
    pthread_join(b, NULL);
    return 0;
}
