// VLA parameters, sizeof on VLAs, pointer-to-VLA arithmetic and stack reuse in loops.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static long trace(int n, long m[n][n]) {
    long t = 0;
    for (int i = 0; i < n; i++) t += m[i][i];
    return t;
}

static void fill(int rows, int cols, long m[rows][cols]) {
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
}

int main(void) {
    long total = 0;
    for (int n = 1; n <= 50; n++) {
        long m[n][n];
        fill(n, n, m);
        total += trace(n, m) + sizeof m / sizeof m[0][0];
    }
    print_long(total);
    int r = 3, c = 5;
    long grid[r][c];
    fill(r, c, grid);
    long (*row)[c] = grid;
    row++;
    print_long((*row)[4]);
    print_long(sizeof(*row));
    print_long(&grid[2][0] - &grid[0][0]);
    return 0;
}
// expect: 855100
// expect: 9
// expect: 40
// expect: 10
