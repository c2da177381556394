// Function pointers in structs, void* contexts, a binary tree on the heap, byte-wise swap.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

struct ops { const char *name; long (*apply)(long, long); };
static long add(long a, long b) { return a + b; }
static long mul(long a, long b) { return a * b; }
static struct ops table[] = { {"add", add}, {"mul", mul} };

static void for_each(long *v, int n, void (*f)(long *, void *), void *ctx) { for (int i = 0; i < n; i++) f(&v[i], ctx); }
static void accumulate(long *x, void *ctx) { *(long *) ctx += *x; }

struct tree { long key; struct tree *left, *right; };
static struct tree *insert(struct tree *t, long k) {
    if (!t) { t = malloc(sizeof(struct tree)); t->key = k; t->left = t->right = 0; return t; }
    if (k < t->key) t->left = insert(t->left, k); else t->right = insert(t->right, k);
    return t;
}
static void walk(struct tree *t) { if (!t) return; walk(t->left); print_long(t->key); walk(t->right); }
static int depth(struct tree *t) { if (!t) return 0; int l = depth(t->left), r = depth(t->right); return 1 + (l > r ? l : r); }

static void swap(void *a, void *b, unsigned long n) {
    unsigned char *p = a, *q = b;
    while (n--) { unsigned char t = *p; *p++ = *q; *q++ = t; }
}

int main(void) {
    for (int i = 0; i < 2; i++) { print_str(table[i].name); print_str("\n"); print_long(table[i].apply(6, 7)); }
    long v[4] = {1, 2, 3, 4}, total = 0;
    for_each(v, 4, accumulate, &total);
    print_long(total);
    struct tree *root = 0;
    long keys[] = {50, 30, 70, 20, 40, 60, 80, 35};
    for (int i = 0; i < 8; i++) root = insert(root, keys[i]);
    walk(root);
    print_long(depth(root));
    double x = 1.5, y = -2.25;
    swap(&x, &y, sizeof x);
    print_double(x);
    print_double(y);
    return 0;
}
// expect: add
// expect: 13
// expect: mul
// expect: 42
// expect: 10
// expect: 20
// expect: 30
// expect: 35
// expect: 40
// expect: 50
// expect: 60
// expect: 70
// expect: 80
// expect: 4
// expect: -2.250000
// expect: 1.500000
