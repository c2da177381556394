/* SV-COMP style: reaching the error location ends the run as reach_error. */
#include <stdio.h>

extern void reach_error(void);

int main(void) {
    int x = 3;
    if (x * x == 9) {
        printf("error location reached\n");
        reach_error();
    }
    return 0;
}
// expect: error location reached
// expect-exit: 134
// expect-stderr: reach_error: reach_error() was reached
