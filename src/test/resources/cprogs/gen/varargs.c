// A variadic max and a mini formatter written with stdarg builtins.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, t) __builtin_va_arg(ap, t)
#define va_end(ap) __builtin_va_end(ap)

static long max_of(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long best = va_arg(ap, long);
    for (int i = 1; i < n; i++) { long v = va_arg(ap, long); if (v > best) best = v; }
    va_end(ap);
    return best;
}

static void format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt == 'd') print_long(va_arg(ap, int));
        else if (*fmt == 's') { print_str(va_arg(ap, const char *)); print_str("\n"); }
        else if (*fmt == 'f') print_double(va_arg(ap, double));
    }
    va_end(ap);
}

int main(void) {
    print_long(max_of(4, 3L, 99L, -5L, 42L));
    format("dsf", -7, "text", 0.25);
    return 0;
}
// expect: 99
// expect: -7
// expect: text
// expect: 0.250000
