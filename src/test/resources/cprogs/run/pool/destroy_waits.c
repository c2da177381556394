/*
 * thread_pool_destroy without an unblock_func: QNX cannot wake a thread in block_func, so
 * destroy waits until block_func returns by itself. Here block_func is tp1.c-like: it pretends
 * to wait for a message by sleeping 100 ms. One thread (lo_water = hi_water = maximum = 1).
 * After 250 ms the thread has served two pretend messages and sleeps in its third block_func;
 * destroy waits for it: it returns at 300 ms, handles the third message, and its completion
 * finds the pool destroyed, so it leaves.
 */
#include <sys/dispatch.h>
#include <stdio.h>
#include <unistd.h>

int served, freed;
int context;

dispatch_context_t *context_alloc(dispatch_t *handle) {
    return (dispatch_context_t *)&context;
}

void context_free(dispatch_context_t *ctp) {
    freed++;
}

dispatch_context_t *block_func(dispatch_context_t *ctp) {
    usleep(100000);
    return ctp;
}

int handler_func(dispatch_context_t *ctp) {
    served++;
    return 0;
}

int main(void) {
    thread_pool_attr_t attr = {0};
    attr.context_alloc = context_alloc;
    attr.block_func = block_func;
    attr.handler_func = handler_func;
    attr.context_free = context_free;
    attr.lo_water = 1;
    attr.increment = 1;
    attr.hi_water = 1;
    attr.maximum = 1;
    thread_pool_t *pool = thread_pool_create(&attr, 0);
    thread_pool_start(pool);
    usleep(250000);
    printf("before destroy: served %d\n", served);
    printf("thread_pool_destroy: %d\n", thread_pool_destroy(pool));
    usleep(10000);   /* as in QNX, the thread may run context_free after destroy returned */
    printf("after destroy: served %d, contexts freed %d\n", served, freed);
    return 0;
}
// expect: before destroy: served 2
// expect: thread_pool_destroy: 0
// expect: after destroy: served 3, contexts freed 1
