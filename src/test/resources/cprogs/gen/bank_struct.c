// Structs returned by value, arrays of structs and unions with a tag.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

struct money { long cents; };
struct account { const char *owner; struct money balance; };

static struct money add(struct money a, struct money b) { struct money r = { a.cents + b.cents }; return r; }

union value { long i; double d; };
struct tagged { int is_double; union value v; };

static void show(struct tagged t) { if (t.is_double) print_double(t.v.d); else print_long(t.v.i); }

int main(void) {
    struct account acc[2] = { {"ann", {1000}}, {"bob", {250}} };
    acc[0].balance = add(acc[0].balance, acc[1].balance);
    print_str(acc[0].owner);
    print_str("\n");
    print_long(acc[0].balance.cents);
    struct tagged a = {0, {.i = 42}}, b = {1, {.d = 2.5}};
    show(a);
    show(b);
    return 0;
}
// expect: ann
// expect: 1250
// expect: 42
// expect: 2.500000
