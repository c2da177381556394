/* Seed 003's first rule: a higher-priority thread that becomes READY preempts at once. main
 * runs at priority 10 and creates a FIFO thread at priority 20, which runs to completion
 * before pthread_create even returns to main; a priority-5 thread waits until main blocks. */
#include <stdio.h>
#include <pthread.h>
#include <sched.h>

void *shout(void *arg) {
    printf("%s\n", (char *)arg);
    return NULL;
}

pthread_t start(int policy, int priority, char *text) {
    pthread_attr_t attr;
    struct sched_param param;
    pthread_t t;
    pthread_attr_init(&attr);
    pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED);
    pthread_attr_setschedpolicy(&attr, policy);
    param.sched_priority = priority;
    pthread_attr_setschedparam(&attr, &param);
    pthread_create(&t, &attr, shout, text);
    return t;
}

int main(void) {
    pthread_t high, low;
    printf("main before\n");
    low = start(SCHED_RR, 5, "low priority, after main blocks");
    high = start(SCHED_FIFO, 20, "high priority, at once");
    printf("main after\n");
    pthread_join(high, NULL);
    pthread_join(low, NULL);
    printf("main done\n");
    return 0;
}
// expect: main before
// expect: high priority, at once
// expect: main after
// expect: low priority, after main blocks
// expect: main done
