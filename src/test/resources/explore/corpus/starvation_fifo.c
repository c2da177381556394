// explore: starvation
/* One CPU. A FIFO thread of priority 20 works until `stop` is set; the thread that would set it
   has the default priority 10, so it is never scheduled: the busy thread never blocks or
   yields, and the kernel always runs the highest priority READY thread. */
#include <pthread.h>
#include <sched.h>

static volatile int stop;
static volatile long work;

static void *busy(void *arg) {
    while (!stop) {
        work++;
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
