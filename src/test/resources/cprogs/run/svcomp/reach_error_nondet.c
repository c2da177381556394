/*
 * SV-COMP style: the program defines __VERIFIER_assert itself, calling reach_error() at the
 * error label, and claims a bound on a sum that is wrong for larger inputs. With seed 1 the
 * nondet input is 2515684779, so n = 79, the sum 3160 exceeds 79 * 79 / 2 + 10 = 3130 and the
 * error location is reached: exit 134 with the reach_error diagnosis.
 */
#include <stdio.h>
#include <stdlib.h>

extern unsigned int __VERIFIER_nondet_uint(void);
extern void reach_error(void);

void __VERIFIER_assert(int cond) {
    if (!cond) {
    ERROR:
        reach_error();
        abort();
    }
}

int main(void) {
    unsigned int n = __VERIFIER_nondet_uint() % 100;
    unsigned int sum = 0;
    for (unsigned int i = 1; i <= n; i++) {
        sum += i;
    }
    printf("n = %u, sum = %u\n", n, sum);
    __VERIFIER_assert(sum <= n * n / 2 + 10);
    return 0;
}
// expect: n = 79, sum = 3160
// expect-exit: 134
// expect-stderr: reach_error: reach_error() was reached
