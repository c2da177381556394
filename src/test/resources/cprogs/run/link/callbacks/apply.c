/* Calls back through pointers that main.c passes in, and hands out pointers to its own static
 * functions, which main.c cannot name but can call. */
#include "apply.h"

void apply_all(int *values, int n, transform f) {
    for (int i = 0; i < n; i++) {
        values[i] = f(values[i]);
    }
}

static int negate(int x) {
    return -x;
}

static int square(int x) {
    return x * x;
}

transform pick(int which) {
    return which == 0 ? negate : square;
}

int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}
