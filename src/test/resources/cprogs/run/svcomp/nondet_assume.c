/*
 * SV-COMP style: nondeterministic inputs narrowed by __VERIFIER_assume. A feasible path runs
 * on; an assumption that does not hold ends the run quietly with status 0 (the path does not
 * exist), so "not reached" is never printed. With seed 1, a = 166 and b = 231, and the int is
 * 191386133, outside [0, 100).
 */
#include <stdio.h>

extern unsigned char __VERIFIER_nondet_uchar(void);
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_assert(int);

int main(void) {
    unsigned char a = __VERIFIER_nondet_uchar();
    unsigned char b = __VERIFIER_nondet_uchar();
    __VERIFIER_assume(a != b);
    unsigned char lo = a < b ? a : b;
    unsigned char hi = a < b ? b : a;
    __VERIFIER_assert(lo < hi);
    printf("%d < %d\n", lo, hi);
    int small = __VERIFIER_nondet_int();
    __VERIFIER_assume(small >= 0 && small < 100);
    printf("not reached\n");
    return 1;
}
// expect: 166 < 231
// expect-exit: 0
