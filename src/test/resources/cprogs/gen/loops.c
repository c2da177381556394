// Nested loops with labelled breaks via goto, do-while with continue, comma and empty bodies.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

int main(void) {
    int found_i = -1, found_j = -1;
    for (int i = 0; i < 10; i++)
        for (int j = 0; j < 10; j++)
            if (i * j == 42) { found_i = i; found_j = j; goto found; }
found:
    print_long(found_i * 10 + found_j);
    int n = 0, evens = 0;
    do {
        n++;
        if (n % 2) continue;
        evens++;
    } while (n < 9);
    print_long(evens);
    int i, j;
    for (i = 0, j = 100; i < j; i += 7, j -= 3) ;
    print_long(i * 1000 + j);
    long collatz = 27, steps = 0;
    while (collatz != 1) { collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2; steps++; }
    print_long(steps);
    int grid = 0;
    for (int r = 0; r < 5; r++) {
        if (r == 1) continue;
        for (int c = 0; c < 5; c++) {
            if (c > r) break;
            grid += r * 10 + c;
        }
    }
    print_long(grid);
    unsigned char wrap = 250;
    int count = 0;
    while (wrap != 4) { wrap++; count++; }
    print_long(count);
    return 0;
}
// expect: 67
// expect: 4
// expect: 70070
// expect: 111
// expect: 399
// expect: 10
