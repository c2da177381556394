#include <stdio.h>

int average(int total, int count) {
    return total / count;
}

int main(void) {
    printf("%d\n", average(10, 2));
    printf("%d\n", average(10, 0));
    return 0;
}
// expect: 5
// expect-exit: 136
// expect-stderr: division_by_zero.c:4:
// expect-stderr: called from
// expect-stderr: division_by_zero.c:9:
