/* Producer/consumer with QNX sleepons (seed 003, "Sleepons"). */
typedef unsigned long pthread_t;
typedef struct pthread_attr pthread_attr_t;
int pthread_create(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
int pthread_sleepon_lock(void);
int pthread_sleepon_unlock(void);
int pthread_sleepon_wait(void *addr);
int pthread_sleepon_signal(void *addr);
int pthread_sleepon_broadcast(void *addr);
int printf(const char *, ...);
void exit(int);

volatile int data_ready = 0;
int data;

static int get_data_from_hardware(void) { static int next; return next++; }
static void process_data(int d) { printf("got %d\n", d); }

void *consumer(void *unused)
{
    (void)unused;
    while (1) {
        pthread_sleepon_lock();
        while (!data_ready) {
            pthread_sleepon_wait(&data_ready);
        }
        data_ready = 0;
        process_data(data);
        pthread_sleepon_signal(&data_ready);
        pthread_sleepon_unlock();
        if (data >= 9)
            break;
    }
    return 0;
}

void *producer(void *unused)
{
    for (int i = 0; i < 10; i++) {
        int d = get_data_from_hardware();
        pthread_sleepon_lock();
        while (data_ready) {
            pthread_sleepon_wait(&data_ready);
        }
        data = d;
        data_ready = 1;
        pthread_sleepon_signal(&data_ready);
        pthread_sleepon_unlock();
    }
    return unused;
}

int main()
{
    pthread_t tid;
    pthread_create(&tid, 0, consumer, 0);
    producer(0);
    return 0;
}
