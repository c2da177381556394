// Floating point: Newton's square root, float/double mixing, conversions.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static double my_sqrt(double x) {
    double g = x / 2;
    for (int i = 0; i < 20; i++) g = (g + x / g) / 2;
    return g;
}

int main(void) {
    print_double(my_sqrt(2.0));
    float f = 0.1f;
    double d = f;
    print_long(d == 0.1);
    print_double(f * 3);
    int i = (int) 7.99;
    unsigned u = (unsigned) 3e9;
    print_long(i);
    print_long(u);
    print_double(1.0 / 3);
    return 0;
}
// expect: 1.414214
// expect: 0
// expect: 0.300000
// expect: 7
// expect: 3000000000
// expect: 0.333333
