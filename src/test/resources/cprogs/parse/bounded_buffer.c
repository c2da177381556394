/* Bounded buffer with a mutex and two condition variables (seed 001 style). */
typedef unsigned long size_t;
typedef unsigned long pthread_t;
typedef struct { int __kind; int __lock; void *__owner; } pthread_mutex_t;
typedef struct { int __seq; void *__waiters; } pthread_cond_t;
typedef struct pthread_attr pthread_attr_t;
int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg);
int pthread_join(pthread_t thread, void **result);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_unlock(pthread_mutex_t *m);
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
int pthread_cond_signal(pthread_cond_t *c);
int printf(const char *fmt, ...);

enum { BUFSZ = 8, ITEMS = 100 };

static int buffer[BUFSZ];
static int in = 0, out = 0, count = 0;
static pthread_mutex_t lock = { 0 };
static pthread_cond_t not_full, not_empty;

static void put(int item)
{
    pthread_mutex_lock(&lock);
    while (count == BUFSZ)
        pthread_cond_wait(&not_full, &lock);
    buffer[in] = item;
    in = (in + 1) % BUFSZ;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&lock);
}

static int get(void)
{
    int item;
    pthread_mutex_lock(&lock);
    while (count == 0) {
        pthread_cond_wait(&not_empty, &lock);
    }
    item = buffer[out];
    out = (out + 1) % BUFSZ;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&lock);
    return item;
}

void *producer(void *arg)
{
    int id = *(int *)arg;
    for (int i = 0; i < ITEMS; i++)
        put(id * 1000 + i);
    return (void *)0;
}

void *consumer(void *arg)
{
    long sum = 0;
    for (int i = 0; i < ITEMS; ++i)
        sum += get();
    *(long *)arg = sum;
    return 0;
}

int main(int argc, char **argv)
{
    pthread_t p, c;
    int pid = 1;
    long total = 0;
    pthread_create(&p, 0, producer, &pid);
    pthread_create(&c, 0, consumer, &total);
    pthread_join(p, 0);
    pthread_join(c, (void **)0);
    printf("%s: total %ld, count %d\n", argv[0], total, count);
    return total == 0;
}
