// A textbook pthread program using the real headers: compiles to library calls.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <unistd.h>
#include <assert.h>
#include <errno.h>
#include <stdarg.h>

#define NTHREADS 4

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready = PTHREAD_COND_INITIALIZER;
static long counter;
static atomic_int hits;
static sem_t slots;

struct job { int id; double weight; char name[16]; };

static void logf_(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

static void *worker(void *arg) {
    struct job *j = arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
        atomic_fetch_add(&hits, 1);
        hits++;
    }
    sem_wait(&slots);
    logf_("job %d (%s) weight %.2f\n", j->id, j->name, j->weight);
    sem_post(&slots);
    pthread_cond_signal(&ready);
    return (void *) (long) j->id;
}

int main(int argc, char *argv[]) {
    pthread_t threads[NTHREADS];
    struct job jobs[NTHREADS];
    sem_init(&slots, 0, 2);
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i].id = i;
        jobs[i].weight = i * 1.5;
        snprintf(jobs[i].name, sizeof jobs[i].name, "w%d", i);
        if (pthread_create(&threads[i], NULL, worker, &jobs[i]) != 0) {
            perror("pthread_create");
            exit(EXIT_FAILURE);
        }
    }
    long sum = 0;
    for (int i = 0; i < NTHREADS; i++) {
        void *ret;
        pthread_join(threads[i], &ret);
        sum += (long) ret;
    }
    assert(counter == NTHREADS * 1000);
    printf("counter=%ld hits=%d sum=%ld argc=%d %s\n", counter, atomic_load(&hits), sum, argc, strlen(argv[0]) ? "ok" : "");
    char *buf = malloc(64);
    memset(buf, 0, 64);
    strcpy(buf, "done");
    puts(buf);
    free(buf);
    sem_destroy(&slots);
    return errno == 0 ? 0 : 1;
}
