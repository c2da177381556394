#include <stdio.h>

struct node { int value; struct node *next; };

int main(void) {
    struct node last = { 3, NULL };
    struct node *p = &last;
    printf("value %d\n", p->value);
    p = p->next;
    printf("value %d\n", p->value);
    return 0;
}
// expect: value 3
// expect-exit: 139
// expect-stderr: null_pointer.c:10:
// expect-stderr: NULL pointer dereference
