/* Function pointers across units: main.c's static function given to apply.c, apply.c's static
 * functions returned to main.c, and apply.c's comparator given to the library's qsort. */
#include <stdio.h>
#include <stdlib.h>
#include "apply.h"

static int twice(int x) {
    return 2 * x;
}

static void show(const char *what, const int *v, int n) {
    printf("%s:", what);
    for (int i = 0; i < n; i++) {
        printf(" %d", v[i]);
    }
    printf("\n");
}

int main(void) {
    int v[5] = {3, -1, 4, -1, 5};
    apply_all(v, 5, twice);
    show("twice", v, 5);
    apply_all(v, 5, pick(1));
    show("square", v, 5);
    apply_all(v, 5, pick(0));
    show("negate", v, 5);
    qsort(v, 5, sizeof v[0], compare_ints);
    show("sorted", v, 5);
    transform t = pick(1);
    printf("same pointer: %d\n", t == pick(1));
    return 0;
}
// expect: twice: 6 -2 8 -2 10
// expect: square: 36 4 64 4 100
// expect: negate: -36 -4 -64 -4 -100
// expect: sorted: -100 -64 -36 -4 -4
// expect: same pointer: 1
