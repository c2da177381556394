/* A barrier example (seed 003, "Barriers"): two threads compute, main waits at the barrier. */
typedef unsigned long pthread_t;
typedef struct { unsigned count; unsigned waiting; void *__impl; } pthread_barrier_t;
typedef struct pthread_attr pthread_attr_t;
typedef struct pthread_barrierattr pthread_barrierattr_t;
typedef long time_t;
int pthread_create(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
int pthread_barrier_init(pthread_barrier_t *b, const pthread_barrierattr_t *attr, unsigned count);
int pthread_barrier_wait(pthread_barrier_t *b);
unsigned int sleep(unsigned int seconds);
time_t time(time_t *t);
char *ctime(const time_t *t);
int printf(const char *, ...);

pthread_barrier_t barrier;

void *thread1(void *not_used)
{
    time_t now;
    time(&now);
    printf("thread1 starting at %s", ctime(&now));
    sleep(20);
    int r = pthread_barrier_wait(&barrier);
    time(&now);
    printf("barrier in thread1() done at %s%s", ctime(&now), r == -1 ? " (serial)\n" : "\n");
    return not_used;
}

void *thread2(void *not_used)
{
    time_t now;
    time(&now);
    printf("thread2 starting at %s", ctime(&now));
    sleep(40);
    pthread_barrier_wait(&barrier);
    time(&now);
    printf("barrier in thread2() done at %s", ctime(&now));
    return 0;
}

int main(void)
{
    time_t now;
    pthread_barrier_init(&barrier, (void *)0, 3);
    pthread_create((void *)0, (void *)0, thread1, (void *)0);
    pthread_create(0, 0, thread2, 0);
    time(&now);
    printf("main() waiting for barrier at %s", ctime(&now));
    pthread_barrier_wait(&barrier);
    time(&now);
    printf("barrier in main() done at %s", ctime(&now));
    return 0;
}
