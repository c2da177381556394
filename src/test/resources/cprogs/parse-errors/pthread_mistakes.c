/* Mistakes students make with the pthread API (declarations inline: no headers yet). */
typedef unsigned long pthread_t;
typedef struct { int lock; } pthread_mutex_t;
typedef struct pthread_attr pthread_attr_t;
int pthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*start)(void *), void *arg);
int pthread_join(pthread_t t, void **result);
int pthread_mutex_lock(pthread_mutex_t *m);

pthread_mutex_t m;
int shared;

void worker(void *arg) { shared++; }

void *good(void *arg) { pthread_mutex_lock(&m); return arg; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);      // expect: warning: incompatible pointer types passing 'void (*)(void *)' to 'void *(*)(void *)'
    pthread_create(t, 0, good, 0);         // expect: warning: passing 'pthread_t' (aka 'unsigned long') to 'pthread_t *' (aka 'unsigned long *') makes a pointer from an integer without a cast
    pthread_mutex_lock(m);                 // expect: error: incompatible types when passing 'pthread_mutex_t' to 'pthread_mutex_t *'
    pthread_join(t);                       // expect: error: too few arguments to function 'pthread_join' (expected 2, have 1)
    return 0;
}
