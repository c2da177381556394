/* abort ends the process abnormally: the atexit handlers do not run. */
// gcc-differential
#include <stdio.h>
#include <stdlib.h>

static void handler(void) { printf("handler must not run\n"); }

int main(void) {
    atexit(handler);
    printf("about to abort\n");
    fflush(stdout);
    abort();
}
// expect: about to abort
// expect-exit: 134
// expect-stderr: abort() was called
