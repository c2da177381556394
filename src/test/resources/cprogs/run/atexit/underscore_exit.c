/* _exit and _Exit end the process at once: the atexit handlers do not run. */
// gcc-differential
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void handler(void) { printf("handler must not run\n"); }

int main(int argc, char **argv) {
    atexit(handler);
    printf("leaving with _exit(4)\n");
    fflush(stdout); /* _exit does not flush stdio buffers under glibc */
    if (argc > 5)
        _Exit(6);
    _exit(4);
}
// expect: leaving with _exit(4)
// expect-exit: 4
