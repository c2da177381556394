// An insertion sort with a comparison callback, ascending then descending.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

typedef int (*cmp_fn)(const void *, const void *);

static int asc(const void *a, const void *b) { return *(const int *) a - *(const int *) b; }
static int desc(const void *a, const void *b) { return asc(b, a); }

static void sort(int *v, int n, cmp_fn cmp) {
    for (int i = 1; i < n; i++) {
        int key = v[i], j = i - 1;
        while (j >= 0 && cmp(&v[j], &key) > 0) { v[j + 1] = v[j]; j--; }
        v[j + 1] = key;
    }
}

static void show(const int *v, int n) {
    long packed = 0;
    for (int i = 0; i < n; i++) packed = packed * 10 + v[i];
    print_long(packed);
}

int main(void) {
    int v[] = {5, 2, 9, 1, 7, 3};
    int n = sizeof v / sizeof v[0];
    sort(v, n, asc);
    show(v, n);
    sort(v, n, desc);
    show(v, n);
    return 0;
}
// expect: 123579
// expect: 975321
