/* A tour of the C the parser accepts: lists, function pointer tables, designated initializers,
   VLA parameters, unions, enums, compound literals, casts between integers and pointers. */
typedef unsigned long size_t;
int printf(const char *, ...);
void *malloc(size_t);
void free(void *);
struct node { int value; struct node *next; };
typedef struct node node_t;
static node_t *push(node_t *head, int v) {
    node_t *n = malloc(sizeof *n);
    n->value = v;
    n->next = head;
    return n;
}
static int sum(const node_t *n) { int s = 0; for (; n; n = n->next) s += n->value; return s; }
typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
binop ops[] = { add, mul, [3] = add };
const char *const names[] = { "add", "mul", 0, "add again" };
struct pair { const char *name; int v[2]; } pairs[] = { { "a", {1, 2} }, { .name = "b", .v[1] = 4 } };
union num { int i; float f; unsigned char bytes[4]; };
enum state { IDLE, RUNNING = 4, DONE };
static double avg(int n, int m, int a[n][m]) {
    long total = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; ++j)
            total += a[i][j];
    return (double)total / (n * m);
}
int main(int argc, char *argv[]) {
    node_t *list = 0;
    for (int i = 1; i <= 10; i++) list = push(list, i);
    printf("%d %d\n", sum(list), ops[1](6, 7));
    int grid[2][3] = { {1, 2, 3}, {4, 5, 6} };
    printf("%f\n", avg(2, 3, grid));
    union num u = { .f = 1.0f };
    printf("%02x\n", u.bytes[3]);
    enum state s = RUNNING;
    switch (s) { case IDLE: break; case RUNNING: s = DONE; /* fall through */ case DONE: break; }
    unsigned long long big = 1ULL << 40;
    char c = 'a' + 2;
    long addr = (long)&big;
    int *p = (int *)addr;
    size_t n = sizeof grid / sizeof grid[0];
    int *dyn = (int[]){ 1, 2, 3 };
    do { n--; } while (n > 0);
    int x = argc > 1 ? argv[1][0] - '0' : -1;
    x = x < 0 ? -x : x;
    x <<= 2; x |= 1; x ^= 0xff; x %= 7;
    while (list) { node_t *next = list->next; free(list); list = next; }
    printf("%c %llu %p %d %d %s\n", c, big, (void *)p, dyn[2], x, names[3]);
    return s == DONE ? 0 : 1;
}
