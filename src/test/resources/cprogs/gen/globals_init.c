// Global initializers with addresses of globals, functions and strings.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static int twice(int x) { return 2 * x; }

int table[] = {10, 20, 30};
int *middle = &table[1];
int (*op)(int) = twice;
const char *greeting = "hi";
struct cfg { const char *name; int level; int *target; } config = { "cfg", 3, table };
static int calls;

static int counter(void) { static int n; return ++n + calls; }

int main(void) {
    print_long(*middle);
    print_long(op(21));
    print_str(greeting);
    print_str(config.name);
    print_str("\n");
    print_long(config.target[2] + config.level);
    counter();
    print_long(counter());
    return sizeof table / sizeof *table;
}
// expect: 20
// expect: 42
// expect: hicfg
// expect: 33
// expect: 2
// expect-exit: 3
