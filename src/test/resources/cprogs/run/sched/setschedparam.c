/* pthread_setschedparam changes a thread's policy as well as its priority, and the scheduler
 * follows the new policy. Two equal-priority threads with long computations: as SCHED_RR they
 * share the CPU a timeslice at a time, so both start before either ends; after main switches
 * them to SCHED_FIFO each runs to its end before the other starts. (Priorities are QNX's 1..255,
 * so this program is not compared with Linux.) */
#include <stdio.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>

static void *work(void *arg) {
    printf("%s start\n", (char *)arg);
    for (volatile long i = 0; i < 200000; i++)
        ;
    printf("%s end\n", (char *)arg);
    return NULL;
}

static void show(const char *who, pthread_t t) {
    int policy;
    struct sched_param param;
    pthread_getschedparam(t, &policy, &param);
    printf("%s: %s priority %d\n", who,
           policy == SCHED_FIFO ? "SCHED_FIFO" : policy == SCHED_RR ? "SCHED_RR" : "SCHED_OTHER",
           param.sched_priority);
}

static void race(int policy) {
    pthread_t a, b;
    struct sched_param param = { 10 };
    pthread_create(&a, NULL, work, "a");
    pthread_create(&b, NULL, work, "b");
    pthread_setschedparam(a, policy, &param);
    pthread_setschedparam(b, policy, &param);
    show("a", a);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
}

int main(void) {
    struct sched_param param = { 10 };
    show("main", pthread_self());
    race(SCHED_RR);
    race(SCHED_FIFO);
    printf("bad policy: %s\n", pthread_setschedparam(pthread_self(), 7, &param) == EINVAL ? "EINVAL" : "other");
    param.sched_priority = 300;
    printf("bad priority: %s\n", pthread_setschedparam(pthread_self(), SCHED_FIFO, &param) == EINVAL ? "EINVAL" : "other");
    param.sched_priority = 12;
    pthread_setschedparam(pthread_self(), SCHED_FIFO, &param);
    show("main", pthread_self());
    printf("sched_getscheduler: %d\n", sched_getscheduler(0) == SCHED_FIFO);
    return 0;
}
// expect: main: SCHED_RR priority 10
// expect: a: SCHED_RR priority 10
// expect: a start
// expect: b start
// expect: a end
// expect: b end
// expect: a: SCHED_FIFO priority 10
// expect: a start
// expect: a end
// expect: b start
// expect: b end
// expect: bad policy: EINVAL
// expect: bad priority: EINVAL
// expect: main: SCHED_FIFO priority 12
// expect: sched_getscheduler: 1
