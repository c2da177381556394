/*
 * thread_pool_destroy without an unblock_func, while the pool's threads wait for requests that
 * never come: nothing can wake them, so destroy waits forever, in QNX as here. The run ends as a
 * deadlock: main waits on the pool (CONDVAR), the two pool threads on the semaphore.
 */
#include <sys/dispatch.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

sem_t requests;
int context;

dispatch_context_t *context_alloc(dispatch_t *handle) {
    return (dispatch_context_t *)&context;
}

void context_free(dispatch_context_t *ctp) {
}

dispatch_context_t *block_func(dispatch_context_t *ctp) {
    sem_wait(&requests);
    return ctp;
}

int handler_func(dispatch_context_t *ctp) {
    return 0;
}

int main(void) {
    thread_pool_attr_t attr = {0};
    attr.context_alloc = context_alloc;
    attr.block_func = block_func;
    attr.handler_func = handler_func;
    attr.context_free = context_free;
    attr.lo_water = 2;
    attr.increment = 2;
    attr.hi_water = 2;
    attr.maximum = 2;
    thread_pool_t *pool = thread_pool_create(&attr, 0);
    thread_pool_start(pool);
    usleep(1000);
    printf("destroying\n");
    fflush(stdout);
    thread_pool_destroy(pool);
    printf("not reached\n");
    return 0;
}
// expect: destroying
// expect-exit: 125
// expect-stderr: deadlock: every live thread is blocked and no timer can wake one
// expect-stderr: CONDVAR
