/* Allocates a MiB at a time and never frees: malloc returns NULL at the memory budget. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int mib = 0;
    while (malloc(1 << 20) != NULL)
        mib++;
    printf("malloc returned NULL after %s\n", mib > 32 ? "more than 32 MiB" : "too little");
    return 1;
}
// expect: malloc returned NULL after more than 32 MiB
// expect-exit: 1
