// Calls with many mixed arguments, structs by value through recursion, variadic longs and doubles.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

typedef __builtin_va_list va_list;

static long many(char a, short b, int c, long d, unsigned e, double f, float g, long h, int i, char j, double k, long l) {
    return a + b + c + d + e + (long) (f * 10) + (long) (g * 10) + h + i + j + (long) (k * 100) + l;
}

struct acc { long sum; double avg; int n; char tag[4]; };

static struct acc fold(struct acc a, const long *v, int n) {
    if (n == 0) { a.avg = a.n ? (double) a.sum / a.n : 0; return a; }
    a.sum += v[0];
    a.n++;
    a.tag[a.n % 3] = (char) ('a' + a.n);
    return fold(a, v + 1, n - 1);
}

static double mixed(const char *kinds, ...) {
    va_list ap;
    __builtin_va_start(ap, kinds);
    double total = 0;
    for (const char *k = kinds; *k; k++) {
        if (*k == 'l') total += __builtin_va_arg(ap, long);
        else if (*k == 'd') total += __builtin_va_arg(ap, double);
        else if (*k == 'i') total += __builtin_va_arg(ap, int);
        else if (*k == 'u') total += __builtin_va_arg(ap, unsigned);
        else if (*k == 'c') total += (char) __builtin_va_arg(ap, int);
    }
    __builtin_va_end(ap);
    return total;
}

struct vtable { long (*area)(long, long); const char *(*name)(void); };
static long rect(long w, long h) { return w * h; }
static const char *rect_name(void) { return "rect"; }
static struct vtable make_vt(void) { struct vtable v = { rect, rect_name }; return v; }

int main(void) {
    print_long(many(1, 2, 3, 4, 5, 0.5, 0.25f, 8, 9, 10, 0.07, 12));
    long v[] = {4, 8, 15, 16, 23, 42};
    struct acc a = {0};
    struct acc r = fold(a, v, 6);
    print_long(r.sum);
    print_double(r.avg);
    print_long(r.n);
    print_long(a.n);
    print_long(r.tag[0] + r.tag[1] + r.tag[2]);
    print_double(mixed("ldiuc", 10L, 2.5, -3, 4000000000u, 300));
    struct vtable vt = make_vt();
    print_str(vt.name());
    print_str("\n");
    print_long(vt.area(6, 7));
    print_long(make_vt().area(2, 3));
    return 0;
}
// expect: 68
// expect: 108
// expect: 18.000000
// expect: 6
// expect: 0
// expect: 306
// expect: 4000000053.500000
// expect: rect
// expect: 42
// expect: 6
