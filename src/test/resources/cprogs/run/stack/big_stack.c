/* pthread_attr_setstacksize gives a thread a bigger stack: a 1 MiB local array fits in a 2 MiB
 * stack. Sizes below PTHREAD_STACK_MIN are refused with EINVAL, and the size reads back. */
// gcc-differential
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <errno.h>
#include <pthread.h>

static void *big_frame(void *arg) {
    char buffer[1 << 20];
    memset(buffer, 'x', sizeof buffer);
    buffer[sizeof buffer - 1] = 0;
    return (void *)strlen(buffer);
}

int main(void) {
    pthread_attr_t attr;
    pthread_t t;
    size_t size;
    void *result;
    pthread_attr_init(&attr);
    printf("below minimum: %s\n",
           pthread_attr_setstacksize(&attr, PTHREAD_STACK_MIN - 1) == EINVAL ? "EINVAL" : "accepted");
    printf("2 MiB: %d\n", pthread_attr_setstacksize(&attr, 2 << 20));
    pthread_attr_getstacksize(&attr, &size);
    printf("reads back %zu\n", size);
    printf("create: %d\n", pthread_create(&t, &attr, big_frame, NULL));
    pthread_join(t, &result);
    printf("strlen %ld\n", (long)result);
    return 0;
}
// expect: below minimum: EINVAL
// expect: 2 MiB: 0
// expect: reads back 2097152
// expect: create: 0
// expect: strlen 1048575
