// A reverse-Polish calculator with a stack struct, a token switch and function pointers.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

struct stack { long items[32]; int top; };
static void push(struct stack *s, long v) { s->items[s->top++] = v; }
static long pop(struct stack *s) { return s->items[--s->top]; }

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long quo(long a, long b) { return a / b; }

static long eval(const char *p) {
    struct stack s = { .top = 0 };
    long (*op)(long, long);
    for (; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            long v = 0;
            while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
            push(&s, v);
            p--;
            continue;
        }
        switch (*p) {
        case '+': op = add; break;
        case '-': op = sub; break;
        case '*': op = mul; break;
        case '/': op = quo; break;
        default: continue;
        }
        long b = pop(&s), a = pop(&s);
        push(&s, op(a, b));
    }
    return pop(&s);
}

int main(void) {
    print_long(eval("3 4 + 2 *"));
    print_long(eval("100 7 / 3 -"));
    print_long(eval("2 3 4 * 5 6 * + *"));
    print_long(eval("1 2 - 10 *"));
    return (int) eval("6 7 *");
}
// expect: 14
// expect: 11
// expect: 84
// expect: -10
// expect-exit: 42
