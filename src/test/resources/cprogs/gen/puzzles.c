// Recursion: n-queens, towers of Hanoi, permutations, and a K&R style definition.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static int cols[8];

static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = cols[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}

static int queens(int row, int n) {
    if (row == n) return 1;
    int count = 0;
    for (int c = 0; c < n; c++) if (safe(row, c)) { cols[row] = c; count += queens(row + 1, n); }
    return count;
}

static long moves;
static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    hanoi(n - 1, via, to, from);
}

static void permute(char *s, int k, int n, int *count) {
    if (k == n) { if (*count < 4) { print_str(s); print_str("\n"); } (*count)++; return; }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n, count);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

int kr_sum(a, b, c) char a; short b; long c; { return a + b + c; }

int main(void) {
    for (int n = 4; n <= 8; n++) print_long(queens(0, n));
    hanoi(10, 1, 3, 2);
    print_long(moves);
    char word[] = "abcd";
    int count = 0;
    permute(word, 0, 4, &count);
    print_long(count);
    print_long(kr_sum(1, 2, 3L));
    return 0;
}
// expect: 2
// expect: 10
// expect: 4
// expect: 40
// expect: 92
// expect: 1023
// expect: abcd
// expect: abdc
// expect: acbd
// expect: acdb
// expect: 24
// expect: 6
