/* A VLA's block left and re-entered by goto, from inside a loop: each entry allocates it anew
   and each exit frees it, so 300 rounds of a 32 KiB array fit in the 8 MiB stack. Output from gcc. */
#include <stdio.h>
// gcc: same-output

int main(void)
{
    int round = 0;
    long checksum = 0;
again:
    {
        int n = 4096 + round % 7;
        long a[n];
        for (int i = 0; i < n; i++)
            a[i] = (long)i * round;
        checksum += a[n - 1] % 1000;
        round++;
        for (int k = 0;; k++) {
            if (k == 3 && round < 300)
                goto again;        /* backwards, out of the loop and the VLA's block */
            if (k == 3)
                break;
        }
    }
    printf("rounds %d checksum %ld\n", round, checksum);
    int m = 4;
    int back = 0;
    {
    top:;
        char b[m];
        b[m - 1] = (char)('a' + back);
        printf("size %zu last %c\n", sizeof b, b[m - 1]);
        m += 2;
        if (++back < 3)
            goto top;              /* backwards inside the block, to before the VLA */
    }
    return 0;
}
// expect: rounds 300 checksum 154604
// expect: size 4 last a
// expect: size 6 last b
// expect: size 8 last c
