/* Prints for ever: the output budget stops it. */
#include <stdio.h>

int main(void) {
    for (;;)
        printf("all work and no play makes Jack a dull boy\n");
}
// expect-exit: 124
// expect-stderr: output budget of
// expect-stdout-bytes: 1048576
