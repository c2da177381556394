/*
 * Seed 003's two thread-pool tables, driven from C: lo_water 3, increment 2, hi_water 7,
 * maximum 10, POOL_FLAG_USE_SELF (main joins the pool). A front-desk thread plays the clients:
 * ten requests arrive while no handler finishes (first table), then the ten handlers finish one
 * at a time (second table). After each event it sleeps until every other thread is blocked
 * again and prints the pool's counts: the last row of that event in the seed's table.
 * PoolFromCTests compares these lines and the --trace rows with seed003/pool-tables.txt.
 */
#define THREAD_POOL_PARAM_T struct desk
#define THREAD_POOL_HANDLE_T struct office
#include <sys/dispatch.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct office { pthread_mutex_t lock; int desks_opened; };
struct desk { int number; int served; };

struct office office = { PTHREAD_MUTEX_INITIALIZER };
thread_pool_t *pool;
sem_t requests;    /* a unit per request that no pool thread has taken yet */
sem_t finish;      /* a unit per handler allowed to finish its request */

struct desk *open_desk(struct office *o) {
    struct desk *d = malloc(sizeof *d);
    pthread_mutex_lock(&o->lock);
    d->number = ++o->desks_opened;
    pthread_mutex_unlock(&o->lock);
    d->served = 0;
    return d;
}

struct desk *wait_for_request(struct desk *d) {   /* the blocking operation */
    sem_wait(&requests);
    return d;
}

int serve(struct desk *d) {                       /* the processing operation */
    sem_wait(&finish);
    d->served++;
    return 0;
}

void close_desk(struct desk *d) {
    free(d);
}

void show(const char *event, int n) {
    int processing, blocking, total;
    threadlab_pool_counts(pool, &processing, &blocking, &total);
    printf("%s %d: proc %d blk %d total %d\n", event, n, processing, blocking, total);
}

void *front_desk(void *unused) {
    usleep(100000);
    show("start", 0);
    for (int i = 1; i <= 10; i++) {
        sem_post(&requests);
        usleep(100000);
        show("unblock", i);
    }
    for (int i = 1; i <= 10; i++) {
        sem_post(&finish);
        usleep(100000);
        show("completion", i);
    }
    printf("desks opened %d\n", office.desks_opened);
    exit(0);   /* the seven remaining pool threads would wait for requests forever */
}

int main(void) {
    thread_pool_attr_t attr = {0};
    pthread_t clients;
    attr.handle = &office;
    attr.context_alloc = open_desk;
    attr.block_func = wait_for_request;
    attr.handler_func = serve;
    attr.context_free = close_desk;
    attr.lo_water = 3;
    attr.increment = 2;
    attr.hi_water = 7;
    attr.maximum = 10;
    pool = thread_pool_create(&attr, POOL_FLAG_USE_SELF);
    if (pool == NULL) {
        perror("thread_pool_create");
        return 1;
    }
    pthread_create(&clients, NULL, front_desk, NULL);
    thread_pool_start(pool);
    printf("thread_pool_start returned with POOL_FLAG_USE_SELF\n");
    return 1;
}
// Expected: after each event, the last row of that event in seed 003's tables
// (Initial + lo_water trip; each Unblock with its lo_water trip; each Completion with its hi_water trip).
// expect: start 0: proc 0 blk 3 total 3
// expect: unblock 1: proc 1 blk 4 total 5
// expect: unblock 2: proc 2 blk 3 total 5
// expect: unblock 3: proc 3 blk 4 total 7
// expect: unblock 4: proc 4 blk 3 total 7
// expect: unblock 5: proc 5 blk 4 total 9
// expect: unblock 6: proc 6 blk 3 total 9
// expect: unblock 7: proc 7 blk 3 total 10
// expect: unblock 8: proc 8 blk 2 total 10
// expect: unblock 9: proc 9 blk 1 total 10
// expect: unblock 10: proc 10 blk 0 total 10
// expect: completion 1: proc 9 blk 1 total 10
// expect: completion 2: proc 8 blk 2 total 10
// expect: completion 3: proc 7 blk 3 total 10
// expect: completion 4: proc 6 blk 4 total 10
// expect: completion 5: proc 5 blk 5 total 10
// expect: completion 6: proc 4 blk 6 total 10
// expect: completion 7: proc 3 blk 7 total 10
// expect: completion 8: proc 2 blk 7 total 9
// expect: completion 9: proc 1 blk 7 total 8
// expect: completion 10: proc 0 blk 7 total 7
// expect: desks opened 10
