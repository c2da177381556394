// Variable-length arrays, statement expressions and compound literals.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

#define MAX(a, b) ({ long _a = (a), _b = (b); _a > _b ? _a : _b; })

struct pair { long a, b; };
static long dot(struct pair p, struct pair q) { return p.a * q.a + p.b * q.b; }

static long triangle(int n) {
    long rows[n][n];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) rows[i][j] = i >= j;
    long s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) s += rows[i][j];
    return s;
}

int main(void) {
    print_long(triangle(5));
    print_long(MAX(3, 8));
    print_long(dot((struct pair){2, 3}, (struct pair){4, 5}));
    long *p = (long[]){1, 2, 3};
    print_long(p[0] + p[2]);
    return 0;
}
// expect: 15
// expect: 8
// expect: 23
// expect: 4
