/* A thread whose attribute asks for a PTHREAD_STACK_MIN (16 KiB) stack overflows it with a
 * 64 KiB local array: a stack overflow fault, where the default stack would have held it. */
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <pthread.h>

static void *big_frame(void *arg) {
    char buffer[64 * 1024];
    memset(buffer, 0, sizeof buffer);
    return (void *)(long)buffer[100];
}

int main(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_create(&t, NULL, big_frame, NULL);
    pthread_join(t, NULL);
    printf("default stack: fine\n");
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, PTHREAD_STACK_MIN);
    pthread_create(&t, &attr, big_frame, NULL);
    pthread_join(t, NULL);
    printf("not reached\n");
    return 0;
}
// expect: default stack: fine
// expect-exit: 139
// expect-stderr: stack overflow
// expect-stderr: 16384-byte stack
