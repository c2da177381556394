/* ++, -- and op= on _Atomic double, float and _Bool: each one atomic read-modify-write (a CAS
   loop, as gcc compiles them), with C's values: a _Bool steps in int and converts back.
   Output from gcc (-latomic). */
// gcc: same-output
#include <stdio.h>
#include <stdbool.h>
#include <pthread.h>

_Atomic double total = 0;
_Atomic float down = 4000.0f;
_Atomic _Bool flag = 0;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 500; i++) {
        total++;
        down--;
        total += 0.5;
        flag ^= 1;                 /* compound assignment on _Atomic _Bool */
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("total %.1f down %.1f flag %d\n", total, down, flag);

    _Atomic double d = 1.5;
    double post = d++;
    double pre = ++d;
    printf("d %.2f post %.2f pre %.2f\n", d, post, pre);
    _Atomic float f = 0.25f;
    float fpost = f--;
    float fpre = --f;
    printf("f %.2f post %.2f pre %.2f\n", f, fpost, fpre);
    f *= 8;
    d /= 2;
    printf("f %.2f d %.3f\n", f, d);

    _Atomic _Bool b = 0;
    int bpost = b--;               /* 0 - 1 is -1: true */
    int bnow = b;
    int bpre = ++b;                /* 1 + 1 is 2: true */
    b--;
    int bdown = b--;               /* was false: -1, true */
    printf("b post %d now %d pre %d down %d final %d\n", bpost, bnow, bpre, bdown, b);
    return 0;
}
// expect: total 3000.0 down 2000.0 flag 0
// expect: d 3.50 post 1.50 pre 3.50
// expect: f -1.75 post 0.25 pre -1.75
// expect: f -14.00 d 1.750
// expect: b post 0 now 1 pre 1 down 0 final 1
