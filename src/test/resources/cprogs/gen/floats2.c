// Float parameters and results, float arrays, mixed comparisons, conversions.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static float halve(float x) { return x / 2; }
static double area(float r) { return 3.14159 * r * r; }
static float avg(const float *v, int n) { float s = 0; for (int i = 0; i < n; i++) s += v[i]; return s / n; }

int main(void) {
    print_double(halve(5));
    print_double(area(2.0f));
    float v[4] = {1.5f, 2.5f, 3.0f, 4.0f};
    print_double(avg(v, 4));
    float f = 16777217;
    print_double(f);
    print_long(1.0f / 3 == 1.0 / 3);
    print_long((long) 1e18);
    print_long((long) -1.5);
    print_long((unsigned char) 65.9);
    double d = 0;
    for (int i = 0; i < 10; i++) d += 0.1;
    print_long(d == 1.0);
    print_long(d < 1.0);
    long l = 9007199254740993;
    print_double((double) l);
    unsigned long ul = 18446744073709551615ul;
    print_double((float) ul);
    print_long(-0.0 == 0.0);
    int neg = -3;
    print_double(neg / 2.0f);
    d = 2.5;
    d *= 2;
    d -= 0.5;
    d++;
    print_double(d);
    return 0;
}
// expect: 2.500000
// expect: 12.566360
// expect: 2.750000
// expect: 16777216.000000
// expect: 0
// expect: 1000000000000000000
// expect: -1
// expect: 65
// expect: 0
// expect: 1
// expect: 9007199254740992.000000
// expect: 18446744073709551616.000000
// expect: 1
// expect: -1.500000
// expect: 5.500000
