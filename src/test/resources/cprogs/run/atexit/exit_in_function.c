/* exit from deep inside the program runs the handlers; the code after the call never runs. */
// gcc-differential
#include <stdio.h>
#include <stdlib.h>

static int depth;

static void report(void) { printf("handler sees depth %d\n", depth); }

static void dive(int n) {
    depth = n;
    if (n == 3) {
        printf("exit(5) at depth 3\n");
        exit(5);
    }
    dive(n + 1);
    printf("not reached %d\n", n);
}

int main(void) {
    atexit(report);
    dive(0);
    printf("not reached in main\n");
    return 0;
}
// expect: exit(5) at depth 3
// expect: handler sees depth 3
// expect-exit: 5
