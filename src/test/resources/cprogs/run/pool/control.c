/*
 * thread_pool_control and thread_pool_limits on a pool started with flags 0 (thread_pool_start
 * returns): raising lo_water creates threads at once, lowering hi_water makes unblock_func wake
 * the extra threads, which leave by hi_water trips; a bad range is EINVAL; limits are
 * normalised as QNX's libc does; a pool thread cannot destroy its own pool (EDEADLK).
 */
#include <sys/dispatch.h>
#include <errno.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

thread_pool_t *pool;
sem_t wake;                 /* block_func's wait */
int destroy_from_inside;    /* the next request makes its handler try thread_pool_destroy */

dispatch_context_t *context_alloc(dispatch_t *unused) {
    return malloc(16);
}

void context_free(dispatch_context_t *ctp) {
    free(ctp);
}

dispatch_context_t *block_func(dispatch_context_t *ctp) {
    sem_wait(&wake);
    return ctp;
}

void unblock_func(dispatch_context_t *ctp) {
    sem_post(&wake);
}

int handler_func(dispatch_context_t *ctp) {
    if (destroy_from_inside) {
        destroy_from_inside = 0;
        int r = thread_pool_destroy(pool);
        printf("destroy from a pool thread: %d, %s\n", r, errno == EDEADLK ? "EDEADLK" : "?");
    }
    return 0;
}

void show(const char *when) {
    int processing, blocking, total;
    threadlab_pool_counts(pool, &processing, &blocking, &total);
    printf("%s: proc %d blk %d total %d (lo_water %d increment %d hi_water %d maximum %d)\n", when,
           processing, blocking, total, pool->pool_attr.lo_water, pool->pool_attr.increment,
           pool->pool_attr.hi_water, pool->pool_attr.maximum);
}

int main(void) {
    thread_pool_attr_t attr = {0};
    attr.context_alloc = context_alloc;
    attr.block_func = block_func;
    attr.unblock_func = unblock_func;
    attr.handler_func = handler_func;
    attr.context_free = context_free;
    attr.lo_water = 2;
    attr.increment = 1;
    attr.hi_water = 3;
    attr.maximum = 10;
    pool = thread_pool_create(&attr, 0);
    printf("thread_pool_start: %d\n", thread_pool_start(pool));
    usleep(10000);
    show("started");

    printf("limits: %d\n", thread_pool_limits(pool, 4, 6, 10, 2, 0));
    usleep(10000);
    show("lo_water 4");

    thread_pool_attr_t smaller = {0};
    smaller.lo_water = 1;
    smaller.hi_water = 2;
    printf("control: %d\n", thread_pool_control(pool, &smaller, 1, 2,
                                                THREAD_POOL_CONTROL_LOWATER | THREAD_POOL_CONTROL_HIWATER));
    usleep(10000);
    show("hi_water 2");

    errno = 0;
    int r = thread_pool_control(pool, &smaller, 5, 3, THREAD_POOL_CONTROL_HIWATER);
    printf("lower above upper: %d, %s\n", r, errno == EINVAL ? "EINVAL" : "?");

    printf("limits: %d\n", thread_pool_limits(pool, 3, -1, -1, -1, THREAD_POOL_CONTROL_NONBLOCK));
    show("lo_water 3 asked");

    destroy_from_inside = 1;
    sem_post(&wake);
    usleep(10000);
    show("after the handler");

    printf("thread_pool_destroy: %d\n", thread_pool_destroy(pool));
    return 0;
}
// Worked out from seed 003's rules and QNX's thread_pool_control:
// start with flags 0: no thread joins, two lo_water trips of 1: 0 2 2.
// lo_water 4, increment 2: one trip of 2 threads: 0 4 4; it waits for 4..10 threads.
// hi_water 2: 2 threads over hi_water, so unblock_func runs twice; each woken thread handles an
// empty request and its completion (3 blocking > 2) is a hi_water trip: 0 2 2.
// lo_water 3 with hi_water 2 is normalised to lo_water 2 (lo_water at most hi_water).
// The request: one thread processes (blk 1 < lo_water 2: a trip of 2 creates two, total 4);
// at its completion 3 block: more than hi_water 2, so it leaves: 0 3 3.
// expect: thread_pool_start: 0
// expect: started: proc 0 blk 2 total 2 (lo_water 2 increment 1 hi_water 3 maximum 10)
// expect: limits: 0
// expect: lo_water 4: proc 0 blk 4 total 4 (lo_water 4 increment 2 hi_water 6 maximum 10)
// expect: control: 0
// expect: hi_water 2: proc 0 blk 2 total 2 (lo_water 1 increment 2 hi_water 2 maximum 10)
// expect: lower above upper: -1, EINVAL
// expect: limits: 0
// expect: lo_water 3 asked: proc 0 blk 2 total 2 (lo_water 2 increment 2 hi_water 2 maximum 10)
// expect: destroy from a pool thread: -1, EDEADLK
// expect: after the handler: proc 0 blk 3 total 3 (lo_water 2 increment 2 hi_water 2 maximum 10)
// expect: thread_pool_destroy: 0
