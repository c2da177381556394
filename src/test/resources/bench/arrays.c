/* Arrays and pointers: a sieve and a pointer walk over a global buffer. */
#include <stdio.h>

#define N 200000
char composite[N];
int values[N];

int main(void) {
    int primes = 0;
    for (int round = 0; round < 10; round++) {
        for (int i = 0; i < N; i++)
            composite[i] = 0;
        for (int i = 2; i < N; i++) {
            if (!composite[i]) {
                primes++;
                for (int j = 2 * i; j < N; j += i)
                    composite[j] = 1;
            }
        }
        int *p = values, *end = values + N;
        while (p < end) {
            *p = (int)(p - values) * 3;
            p++;
        }
    }
    long check = 0;
    for (int i = 0; i < N; i += 1000)
        check += values[i];
    printf("%d %ld\n", primes, check);
    return 0;
}
