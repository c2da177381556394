/* Peterson's algorithm for two threads, with a shared counter (SV-COMP style). */
typedef unsigned long pthread_t;
typedef struct pthread_attr pthread_attr_t;
int pthread_create(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
int pthread_join(pthread_t, void **);
void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func);

volatile _Bool flag[2] = { 0, 0 };
volatile int turn;
int counter = 0;
int in_critical;

void enter_region(int self)
{
    int other = 1 - self;
    flag[self] = 1;
    turn = other;
    while (flag[other] && turn == other)
        ; /* busy wait */
}

void leave_region(int self) { flag[self] = 0; }

void *worker(void *arg)
{
    int self = (int)(long)arg;
    for (int i = 0; i < 3; i++) {
        enter_region(self);
        in_critical++;
        if (in_critical != 1) goto broken;
        counter = counter + 1;
        in_critical--;
        leave_region(self);
    }
    return 0;
broken:
    __assert_fail("in_critical == 1", "peterson.c", 31, __func__);
    return (void *)1;
}

int main(void)
{
    pthread_t t[2];
    for (long k = 0; k < 2; k++)
        pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], 0);
    switch (counter) {
    case 6:
        return 0;
    default:
        __assert_fail("counter == 6", "peterson.c", 42, "main");
    }
    return 1;
}
