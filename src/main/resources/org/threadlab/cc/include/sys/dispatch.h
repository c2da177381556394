/*
 * ThreadLab sys/dispatch.h: QNX thread pools (seed 003, "Pools of threads"). The pool's
 * accounting and its lo_water/increment/hi_water/maximum policy are the kernel's thread pool;
 * what a pool thread runs is the C loop below, which tells the kernel where it is with one
 * call per transition (vm.lib.PoolLib):
 *
 *   ctp = context_alloc(handle)
 *   loop: ctp = block_func(ctp)     the blocking operation ("Blk Op")
 *         unblocked                 the kernel counts it processing; lo_water check
 *         handler_func(ctp)         the processing operation ("Proc Op")
 *         completed                 back to blocking, or a hi_water trip: leave the loop
 *   context_free(first ctp), thread exits
 *
 * unblock_func is called as QNX calls it: by the thread in thread_pool_destroy or
 * thread_pool_control, with a context of its own, once per thread to wake; the woken thread
 * runs handler_func and then leaves at its hi_water check. Without an unblock_func, destroy
 * waits for the threads to come out of block_func by themselves (forever, if nothing wakes them).
 * Pool threads are detached. A thread whose context_alloc returns NULL leaves the pool at once,
 * and the pool replaces it if lo_water requires: a context_alloc that always fails keeps the
 * pool creating threads until a budget ends the run.
 * The dispatch_* layer (channels, resource managers) is not provided: dispatch_t and
 * dispatch_context_t are declared only so that the default parameter types compile.
 * threadlab_pool_counts is ThreadLab's own, not QNX's: it reads the counts of seed 003's tables.
 */
#ifndef _SYS_DISPATCH_H
#define _SYS_DISPATCH_H
#include <pthread.h>
#include <stdint.h>
#include <errno.h>
#include <stdlib.h>

typedef struct _dispatch dispatch_t;
typedef union _dispatch_context dispatch_context_t;

#define POOL_FLAG_EXIT_SELF 0x00000001
#define POOL_FLAG_USE_SELF  0x00000002

#ifndef THREAD_POOL_PARAM_T
#define THREAD_POOL_PARAM_T dispatch_context_t
#endif
#ifndef THREAD_POOL_HANDLE_T
#define THREAD_POOL_HANDLE_T dispatch_t
#endif

typedef struct _thread_pool_attr {
    THREAD_POOL_HANDLE_T *handle;
    THREAD_POOL_PARAM_T *(*block_func)(THREAD_POOL_PARAM_T *ctp);
    void (*unblock_func)(THREAD_POOL_PARAM_T *ctp);
    int (*handler_func)(THREAD_POOL_PARAM_T *ctp);
    THREAD_POOL_PARAM_T *(*context_alloc)(THREAD_POOL_HANDLE_T *handle);
    void (*context_free)(THREAD_POOL_PARAM_T *ctp);
    pthread_attr_t *attr;
    unsigned short lo_water;
    unsigned short increment;
    unsigned short hi_water;
    unsigned short maximum;
    unsigned reserved[8];
} thread_pool_attr_t;

typedef struct _thread_pool {
    thread_pool_attr_t pool_attr;   /* the limits are kept up to date by control and limits */
    unsigned flags;
    unsigned reserved[3];
} thread_pool_t;

#define THREAD_POOL_CONTROL_HIWATER   0x0001
#define THREAD_POOL_CONTROL_LOWATER   0x0002
#define THREAD_POOL_CONTROL_MAXIMUM   0x0004
#define THREAD_POOL_CONTROL_INCREMENT 0x0008
#define THREAD_POOL_CONTROL_NONBLOCK  0x4000

/* The library's halves in the kernel (vm.lib.PoolLib). Each returns 0 or an errno value,
 * except where it says otherwise. */
int __threadlab_pool_create(thread_pool_t *pool, void *(*worker)(void *));
int __threadlab_pool_start(thread_pool_t *pool);
int __threadlab_pool_block(thread_pool_t *pool);      /* 1: leave instead of blocking */
int __threadlab_pool_unblocked(thread_pool_t *pool);  /* 1: counted out while blocked, left */
int __threadlab_pool_completed(thread_pool_t *pool);  /* 1: hi_water trip or destroyed, left */
int __threadlab_pool_leave(thread_pool_t *pool);
int __threadlab_pool_control(thread_pool_t *pool, thread_pool_attr_t *attr, int lower, int upper, unsigned flags);
int __threadlab_pool_excess(thread_pool_t *pool);     /* threads over hi_water or maximum */
int __threadlab_pool_wind_down(thread_pool_t *pool);  /* -errno, or the threads to unblock */
int __threadlab_pool_destroy(thread_pool_t *pool);
int threadlab_pool_counts(thread_pool_t *pool, int *processing, int *blocking, int *total);

/* A pool thread, and thread_pool_start's caller with POOL_FLAG_USE_SELF. */
static void *__threadlab_pool_thread(void *arg) {
    thread_pool_t *pool = arg;
    thread_pool_attr_t *a = &pool->pool_attr;
    /* Read now: once this thread has left, thread_pool_destroy may free the pool. */
    void (*context_free)(THREAD_POOL_PARAM_T *) = a->context_free;
    THREAD_POOL_PARAM_T *first = a->context_alloc(a->handle);
    THREAD_POOL_PARAM_T *ctp = first;
    THREAD_POOL_PARAM_T *old;
    if (first == NULL) {
        __threadlab_pool_leave(pool);
        return NULL;
    }
    for (;;) {
        if (__threadlab_pool_block(pool))
            break;
        old = ctp;
        ctp = a->block_func(ctp);
        if (__threadlab_pool_unblocked(pool))
            break;
        if (a->handler_func(ctp) == -1)
            ctp = old;
        if (__threadlab_pool_completed(pool))
            break;
    }
    context_free(first);
    return NULL;
}

/* Calls unblock_func n times with a context of its own, as QNX's destroy and control do. */
static void __threadlab_pool_unblock(thread_pool_t *pool, int n) {
    thread_pool_attr_t *a = &pool->pool_attr;
    THREAD_POOL_PARAM_T *ctp;
    if (n <= 0 || a->unblock_func == NULL || (ctp = a->context_alloc(a->handle)) == NULL)
        return;
    while (n-- > 0)
        a->unblock_func(ctp);
    a->context_free(ctp);
}

static thread_pool_t *__threadlab_thread_pool_create(thread_pool_attr_t *attr, unsigned flags) {
    thread_pool_t *pool = malloc(sizeof *pool);
    int r;
    if (pool == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    pool->pool_attr = *attr;
    pool->flags = flags;
    r = __threadlab_pool_create(pool, __threadlab_pool_thread);
    if (r != 0) {
        free(pool);
        errno = r;
        return NULL;
    }
    return pool;
}
#define thread_pool_create __threadlab_thread_pool_create

static int __threadlab_thread_pool_start(void *tp) {
    thread_pool_t *pool = tp;
    int r = __threadlab_pool_start(pool);
    if (r != 0) {
        errno = r;
        return -1;
    }
    if (pool->flags & POOL_FLAG_USE_SELF) {
        pthread_detach(pthread_self());
        __threadlab_pool_thread(pool);
        pthread_exit(NULL);
    }
    if (pool->flags & POOL_FLAG_EXIT_SELF) {
        pthread_detach(pthread_self());
        pthread_exit(NULL);
    }
    return 0;
}
#define thread_pool_start __threadlab_thread_pool_start

static int __threadlab_thread_pool_control(thread_pool_t *pool, thread_pool_attr_t *attr,
                                           uint16_t lower, uint16_t upper, unsigned flags) {
    int unblocks = pool->pool_attr.unblock_func != NULL;
    int r = __threadlab_pool_control(pool, attr, lower, upper,
                                     unblocks ? flags | THREAD_POOL_CONTROL_NONBLOCK : flags);
    if (r == 0 && unblocks) {
        __threadlab_pool_unblock(pool, __threadlab_pool_excess(pool));
        if (!(flags & THREAD_POOL_CONTROL_NONBLOCK))
            r = __threadlab_pool_control(pool, NULL, lower, upper, 0);   /* wait for lower..upper */
    }
    if (r != 0) {
        errno = r;
        return -1;
    }
    return 0;
}
#define thread_pool_control __threadlab_thread_pool_control

/* As QNX's libc: a negative value leaves that limit alone; wait for lowater..maximum. */
static int __threadlab_thread_pool_limits(thread_pool_t *pool, int lowater, int hiwater, int maximum,
                                          int increment, unsigned flags) {
    thread_pool_attr_t a = {0};
    uint16_t lower = 0, upper = 65535;
    flags &= THREAD_POOL_CONTROL_NONBLOCK;
    if (hiwater >= 0) {
        a.hi_water = hiwater;
        flags |= THREAD_POOL_CONTROL_HIWATER;
    }
    if (lowater >= 0) {
        lower = a.lo_water = lowater;
        flags |= THREAD_POOL_CONTROL_LOWATER;
    }
    if (increment >= 0) {
        a.increment = increment;
        flags |= THREAD_POOL_CONTROL_INCREMENT;
    }
    if (maximum >= 0) {
        upper = a.maximum = maximum;
        flags |= THREAD_POOL_CONTROL_MAXIMUM;
    }
    return __threadlab_thread_pool_control(pool, &a, lower, upper, flags);
}
#define thread_pool_limits __threadlab_thread_pool_limits

/* As QNX: lo_water, hi_water and maximum go to 0, unblock_func wakes every thread, and the
 * caller waits until none is left; then the pool is freed. */
static int __threadlab_thread_pool_destroy(thread_pool_t *pool) {
    int r;
    if (pool->pool_attr.unblock_func != NULL) {
        r = __threadlab_pool_wind_down(pool);
        if (r < 0) {
            errno = -r;
            return -1;
        }
        __threadlab_pool_unblock(pool, r);
    }
    r = __threadlab_pool_destroy(pool);
    if (r != 0) {
        errno = r;
        return -1;
    }
    free(pool);
    return 0;
}
#define thread_pool_destroy __threadlab_thread_pool_destroy
#endif
