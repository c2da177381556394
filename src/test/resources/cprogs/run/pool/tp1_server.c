/*
 * A tp1.c-style server: lo_water 2, increment 1, hi_water 4, maximum 50, POOL_FLAG_EXIT_SELF
 * (main starts the pool and exits; the pool lives on). A client thread sends a burst of five
 * requests, watches the pool grow and shrink, then destroys it. unblock_func wakes a thread
 * blocked in block_func with an empty request, as a QNX server would send itself a pulse.
 */
#define THREAD_POOL_PARAM_T struct worker
#define THREAD_POOL_HANDLE_T struct server
#include <sys/dispatch.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define REQUESTS 5

struct server {
    pthread_mutex_t lock;
    sem_t arrived;          /* a unit per queued request */
    int queue[16];
    int head, tail;
    int answers[REQUESTS + 1];
    int contexts_allocated, contexts_freed;
};
struct worker { int request; };

struct server server = { PTHREAD_MUTEX_INITIALIZER };
thread_pool_t *pool;

void enqueue(int request) {
    pthread_mutex_lock(&server.lock);
    server.queue[server.tail++ % 16] = request;
    pthread_mutex_unlock(&server.lock);
    sem_post(&server.arrived);
}

struct worker *context_alloc(struct server *s) {
    pthread_mutex_lock(&s->lock);
    s->contexts_allocated++;
    pthread_mutex_unlock(&s->lock);
    return calloc(1, sizeof(struct worker));
}

void context_free(struct worker *w) {
    pthread_mutex_lock(&server.lock);
    server.contexts_freed++;
    pthread_mutex_unlock(&server.lock);
    free(w);
}

struct worker *block_func(struct worker *w) {      /* like MsgReceive: wait for a request */
    sem_wait(&server.arrived);
    pthread_mutex_lock(&server.lock);
    w->request = server.queue[server.head++ % 16];
    pthread_mutex_unlock(&server.lock);
    return w;
}

void unblock_func(struct worker *w) {              /* an empty request wakes one thread */
    enqueue(0);
}

int handler_func(struct worker *w) {
    if (w->request == 0)
        return 0;
    usleep(50000);                                 /* 50 ms of work */
    server.answers[w->request] = w->request * w->request;
    return 0;
}

void show(const char *when) {
    int processing, blocking, total;
    threadlab_pool_counts(pool, &processing, &blocking, &total);
    printf("%s: proc %d blk %d total %d\n", when, processing, blocking, total);
}

void *client(void *unused) {
    usleep(10000);
    show("idle");
    for (int r = 1; r <= REQUESTS; r++)
        enqueue(r);
    usleep(20000);
    show("busy");
    usleep(200000);
    show("quiet");
    for (int r = 1; r <= REQUESTS; r++)
        printf("request %d: %d\n", r, server.answers[r]);
    printf("thread_pool_destroy: %d\n", thread_pool_destroy(pool));
    usleep(10000);   /* as in QNX, the last threads may run context_free after destroy returned */
    printf("contexts allocated %d, freed %d\n", server.contexts_allocated, server.contexts_freed);
    return NULL;
}

int main(void) {
    thread_pool_attr_t attr = {0};
    pthread_t c;
    attr.handle = &server;
    attr.context_alloc = context_alloc;
    attr.block_func = block_func;
    attr.unblock_func = unblock_func;
    attr.handler_func = handler_func;
    attr.context_free = context_free;
    attr.lo_water = 2;
    attr.increment = 1;
    attr.hi_water = 4;
    attr.maximum = 50;
    if ((pool = thread_pool_create(&attr, POOL_FLAG_EXIT_SELF)) == NULL) {
        perror("thread_pool_create");
        return 1;
    }
    pthread_create(&c, NULL, client, NULL);
    thread_pool_start(pool);
    printf("not reached: POOL_FLAG_EXIT_SELF\n");
    return 1;
}
// Worked out from seed 003's rules (lo_water trips add increment threads while fewer than
// lo_water block; a completion that puts more than hi_water in the blocking operation kills its
// thread): start creates 2 threads (0 2 2). Each of the 5 requests takes a blocking thread and
// trips lo_water once: 5 processing, 2 blocking, 7 threads. The 5 completions put 3, 4, then 5
// threads in the blocking operation: the last three are hi_water trips, leaving 4 blocking.
// destroy: hi_water, lo_water and maximum go to 0 and unblock_func wakes the 4 threads, which
// leave by hi_water trips. Contexts: 7 pool threads plus the one destroy calls unblock_func with.
// expect: idle: proc 0 blk 2 total 2
// expect: busy: proc 5 blk 2 total 7
// expect: quiet: proc 0 blk 4 total 4
// expect: request 1: 1
// expect: request 2: 4
// expect: request 3: 9
// expect: request 4: 16
// expect: request 5: 25
// expect: thread_pool_destroy: 0
// expect: contexts allocated 8, freed 8
