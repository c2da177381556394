/* Joining threads for their results: one returns from its start routine, one calls
 * pthread_exit; join delivers each value; joining twice fails with ESRCH. */
#include <stdio.h>
#include <pthread.h>
#include <errno.h>

void *square(void *arg) {
    long n = (long)arg;
    return (void *)(n * n);
}

void *cube(void *arg) {
    long n = (long)arg;
    pthread_exit((void *)(n * n * n));
    return NULL;
}

int main(void) {
    pthread_t a, b;
    void *ra, *rb;
    pthread_create(&a, NULL, square, (void *)7L);
    pthread_create(&b, NULL, cube, (void *)3L);
    pthread_join(a, &ra);
    pthread_join(b, &rb);
    printf("square %ld cube %ld\n", (long)ra, (long)rb);
    printf("join again: %s\n", pthread_join(a, NULL) == ESRCH ? "ESRCH" : "other");
    printf("self equal: %d\n", pthread_equal(pthread_self(), pthread_self()));
    return 0;
}
// expect: square 49 cube 27
// expect: join again: ESRCH
// expect: self equal: 1
