/* Returning from main runs the atexit handlers, last registered first, each once; a handler
 * registered while they run is run too, next; main's return value is the exit status. */
// gcc-differential
#include <stdio.h>
#include <stdlib.h>

static void late(void) { printf("late, registered by second\n"); }
static void first(void) { printf("first\n"); }
static void second(void) {
    printf("second\n");
    atexit(late);
}
static void third(void) { printf("third\n"); }

int main(void) {
    printf("atexit %d\n", atexit(first));
    atexit(second);
    atexit(third);
    printf("main returns 3\n");
    return 3;
}
// expect: atexit 0
// expect: main returns 3
// expect: third
// expect: second
// expect: late, registered by second
// expect: first
// expect-exit: 3
