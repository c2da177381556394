/*
 * __VERIFIER_nondet_* in realistic mode: the values come from the run's seeded generator
 * (glibc TYPE_0 steps from seed 1), so every run prints the same ones. The expected values were
 * computed outside ThreadLab from that generator's definition.
 */
#include <stdio.h>

extern unsigned char __VERIFIER_nondet_uchar(void);
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern long __VERIFIER_nondet_long(void);
extern char __VERIFIER_nondet_char(void);

int main(void) {
    unsigned char u = __VERIFIER_nondet_uchar();
    int i = __VERIFIER_nondet_int();
    _Bool b = __VERIFIER_nondet_bool();
    long l = __VERIFIER_nondet_long();
    char c = __VERIFIER_nondet_char();
    printf("uchar %d\n", u);
    printf("int %d\n", i);
    printf("bool %d\n", b);
    printf("long %ld\n", l);
    printf("char %d\n", c);
    return 0;
}
// expect: uchar 166
// expect: int 192709978
// expect: bool 1
// expect: long -966094258105785332
// expect: char 57
