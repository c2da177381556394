// Quicksort and a merge sort with a malloc'd buffer on a pseudo-random array.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static void quicksort(long *a, int lo, int hi) {
    if (lo >= hi) return;
    long pivot = a[(lo + hi) / 2];
    int i = lo, j = hi;
    while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) { long t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    quicksort(a, lo, j);
    quicksort(a, i, hi);
}

static void merge_sort(int *a, int n, int *tmp) {
    if (n < 2) return;
    int m = n / 2;
    merge_sort(a, m, tmp);
    merge_sort(a + m, n - m, tmp);
    int i = 0, j = m, k = 0;
    while (i < m && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < m) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    for (k = 0; k < n; k++) a[k] = tmp[k];
}

int main(void) {
    enum { N = 200 };
    long a[N];
    int *b = malloc(N * sizeof *b), *tmp = malloc(N * sizeof *tmp);
    unsigned seed = 12345;
    for (int i = 0; i < N; i++) { seed = seed * 1103515245u + 12345u; a[i] = (long) (seed >> 16) % 1000 - 500; b[i] = (int) a[i] * 3; }
    quicksort(a, 0, N - 1);
    merge_sort(b, N, tmp);
    int sorted = 1;
    for (int i = 1; i < N; i++) if (a[i - 1] > a[i] || b[i - 1] > b[i]) sorted = 0;
    print_long(sorted);
    print_long(a[0]); print_long(a[N / 2]); print_long(a[N - 1]);
    print_long(b[0]); print_long(b[N - 1]);
    free(b); free(tmp);
    return 0;
}
// expect: 1
// expect: -499
// expect: -33
// expect: 498
// expect: -1497
// expect: 1494
