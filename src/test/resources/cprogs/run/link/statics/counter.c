/* The other half of the statics program: its own 'count', 'helper', 'label' and static local
 * have the same names as main.c's but are different objects (internal linkage). */
#include "counter.h"

static int count;
static const char *label = "counter.c";

static int helper(int x) {
    return x * 10;
}

int counter_next(void) {
    static int calls;
    calls++;
    count += helper(calls);
    return count;
}

const char *counter_label(void) {
    return label;
}
