// A singly linked list on the heap: push, reverse, sum, free.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

struct node { long value; struct node *next; };

struct node *push(struct node *head, long v) {
    struct node *n = malloc(sizeof *n);
    n->value = v;
    n->next = head;
    return n;
}

struct node *reverse(struct node *h) {
    struct node *prev = 0;
    while (h) { struct node *next = h->next; h->next = prev; prev = h; h = next; }
    return prev;
}

int main(void) {
    struct node *list = 0;
    for (long i = 1; i <= 5; i++) list = push(list, i * i);
    list = reverse(list);
    long sum = 0;
    for (struct node *p = list; p; p = p->next) { print_long(p->value); sum += p->value; }
    print_long(sum);
    while (list) { struct node *n = list->next; free(list); list = n; }
    return 3;
}
// expect: 1
// expect: 4
// expect: 9
// expect: 16
// expect: 25
// expect: 55
// expect-exit: 3
