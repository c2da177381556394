void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);
// Odd corners: K&R calls, functions returning function pointers, recursion returning structs.

int kr();
static int twice(int x) { return 2 * x; }
static int sq(int x) { return x * x; }
static int (*pick(int k))(int) { return k ? twice : sq; }
struct pt { long x, y; };
static struct pt walk(int n) { if (!n) return (struct pt){0, 0}; struct pt p = walk(n - 1); p.x++; p.y += p.x; return p; }
static void nothing(void) { }
struct flags { unsigned on : 1, level : 3; };
enum dir { NORTH, EAST, SOUTH, WEST };
static const char *name(enum dir d) { switch (d) { case NORTH: return "N"; case EAST: return "E"; case SOUTH: return "S"; default: return "W"; } }
static unsigned long long mix(unsigned long long a) { return a * 0x9E3779B97F4A7C15ull ^ (a >> 29); }

int main(void) {
    print_long(kr(3, 4));
    print_long(pick(1)(5) + pick(0)(5));
    struct pt p = walk(10);
    print_long(p.x * 1000 + p.y);
    nothing();
    print_long((nothing(), 5));
    struct flags f = {1, 5};
    if (f.on && f.level > 4) print_str("flags\n");
    for (enum dir d = NORTH; d <= WEST; d++) print_str(name(d));
    print_str("\n");
    print_long((long) (mix(12345) >> 1));
    int arr[3][2] = {{1, 2}, {3, 4}, {5, 6}};
    int (*rows)[2] = arr;
    print_long(rows[2][1] + (*(rows + 1))[0] + **rows);
    char text[] = "a,b,,c";
    int fields = 1;
    for (char *q = text; *q; q++) fields += *q == ',';
    print_long(fields);
    long big[3] = {[2] = 7};
    print_long(big[0] + big[2]);
    return kr(1, 1) - 2;
}

int kr(a, b) int a, b; { return a * 10 + b; }
// expect: 34
// expect: 35
// expect: 10055
// expect: 5
// expect: flags
// expect: NESW
// expect: 5806953107358009430
// expect: 10
// expect: 4
// expect: 7
// expect-exit: 9
