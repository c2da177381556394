#ifndef APPLY_H
#define APPLY_H
typedef int (*transform)(int);

void apply_all(int *values, int n, transform f);
transform pick(int which);
int compare_ints(const void *a, const void *b);
#endif
