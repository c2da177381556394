// Sieve of Eratosthenes: counts and lists primes below 50.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static char composite[100];

int main(void) {
    int count = 0;
    for (int i = 2; i < 100; i++) {
        if (composite[i]) continue;
        count++;
        for (int j = i * i; j < 100; j += i) composite[j] = 1;
    }
    print_long(count);
    for (int i = 2; i < 12; i++) if (!composite[i]) print_long(i);
    return 0;
}
// expect: 25
// expect: 2
// expect: 3
// expect: 5
// expect: 7
// expect: 11
