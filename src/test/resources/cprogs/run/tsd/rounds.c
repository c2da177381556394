/* A destructor that sets a value again starts another round, at most
 * PTHREAD_DESTRUCTOR_ITERATIONS (4) rounds; a destructor may set a later key in the same round. */
// gcc-differential
#include <stdio.h>
#include <limits.h>
#include <pthread.h>

static pthread_key_t stubborn, once_more, later;
static int stubborn_calls, once_calls;

static void again(void *value) {
    stubborn_calls++;
    printf("stubborn round %d\n", stubborn_calls);
    pthread_setspecific(stubborn, value);
}

static void set_later(void *value) {
    once_calls++;
    printf("once_more call %d sets later\n", once_calls);
    if (once_calls == 1)
        pthread_setspecific(later, "x");
}

static void later_done(void *value) {
    printf("later(%s)\n", (char *)value);
}

static void *worker(void *arg) {
    pthread_setspecific(stubborn, (void *)1);
    pthread_setspecific(once_more, (void *)1);
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_key_create(&stubborn, again);
    pthread_key_create(&once_more, set_later);
    pthread_key_create(&later, later_done);
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("iterations %d, stubborn called %d times\n", PTHREAD_DESTRUCTOR_ITERATIONS, stubborn_calls);
    return 0;
}
// expect: stubborn round 1
// expect: once_more call 1 sets later
// expect: later(x)
// expect: stubborn round 2
// expect: stubborn round 3
// expect: stubborn round 4
// expect: iterations 4, stubborn called 4 times
