/* Two translation units each define static 'count', 'helper', 'label' and a static local
 * 'calls'; each unit sees only its own. */
#include <stdio.h>
#include "counter.h"

static int count = 1000;
static const char *label = "main.c";

static int helper(int x) {
    return x + 1;
}

static int tick(void) {
    static int calls;
    return ++calls;
}

int main(void) {
    for (int i = 0; i < 3; i++) {
        printf("counter %d, tick %d\n", counter_next(), tick());
    }
    printf("main count %d helper %d\n", count, helper(count));
    printf("labels %s %s\n", label, counter_label());
    return 0;
}
// expect: counter 10, tick 1
// expect: counter 30, tick 2
// expect: counter 60, tick 3
// expect: main count 1000 helper 1001
// expect: labels main.c counter.c
