// 3x3 matrix multiplication with 2-D arrays passed as pointers to rows.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

#define N 3

static void mul(long a[N][N], long b[N][N], long out[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            long s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            out[i][j] = s;
        }
}

int main(void) {
    long a[N][N] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    long id[N][N] = {{1}, {0, 1}, {[2] = 1}};
    long r[N][N];
    mul(a, a, r);
    print_long(r[0][0]);
    print_long(r[2][2]);
    mul(a, id, r);
    print_long(r[1][2]);
    return 0;
}
// expect: 30
// expect: 150
// expect: 6
