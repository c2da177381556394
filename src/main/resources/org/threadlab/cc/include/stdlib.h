/*
 * ThreadLab stdlib.h. rand is glibc's TYPE_0 LCG, seeded with 1 (or the run's seed). exit and
 * returning from main run the atexit handlers, last registered first; _exit, _Exit and abort
 * do not.
 */
#ifndef _STDLIB_H
#define _STDLIB_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);
_Noreturn void exit(int status);
_Noreturn void _exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*function)(void));
int atoi(const char *nptr);
long atol(const char *nptr);
long long atoll(const char *nptr);
long strtol(const char *nptr, char **endptr, int base);
long long strtoll(const char *nptr, char **endptr, int base);
unsigned long strtoul(const char *nptr, char **endptr, int base);
unsigned long long strtoull(const char *nptr, char **endptr, int base);
double atof(const char *nptr);
double strtod(const char *nptr, char **endptr);
int rand_r(unsigned int *seedp);
int abs(int j);
long labs(long j);
long long llabs(long long j);
int rand(void);
void srand(unsigned int seed);

/*
 * qsort and bsearch call back into the program, so they are C: qsort is glibc's merge sort
 * (stable; the same order as glibc for every comparator), bsearch a binary search.
 */
void *memcpy(void *dest, const void *src, size_t n);
static void __threadlab_msort(char *b, size_t n, size_t s, int (*cmp)(const void *, const void *), char *tmp) {
    if (n <= 1)
        return;
    size_t n1 = n / 2, n2 = n - n1;
    char *p1 = b, *p2 = b + n1 * s, *t = tmp;
    __threadlab_msort(p1, n1, s, cmp, tmp);
    __threadlab_msort(p2, n2, s, cmp, tmp);
    while (n1 > 0 && n2 > 0) {
        if (cmp(p1, p2) <= 0) {
            memcpy(t, p1, s);
            p1 += s;
            n1--;
        } else {
            memcpy(t, p2, s);
            p2 += s;
            n2--;
        }
        t += s;
    }
    if (n1 > 0)
        memcpy(t, p1, n1 * s);
    memcpy(b, tmp, (n - n2) * s);
}
static void __threadlab_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    if (n <= 1 || size == 0)
        return;
    char *tmp = malloc(n * size);
    if (tmp == 0)
        abort();
    __threadlab_msort((char *)base, n, size, cmp, tmp);
    free(tmp);
}
static void *__threadlab_bsearch(const void *key, const void *base, size_t n, size_t size,
                                 int (*cmp)(const void *, const void *)) {
    const char *lo = (const char *)base;
    while (n > 0) {
        const char *mid = lo + (n / 2) * size;
        int c = cmp(key, mid);
        if (c == 0)
            return (void *)mid;
        if (c > 0) {
            lo = mid + size;
            n = n - n / 2 - 1;
        } else {
            n = n / 2;
        }
    }
    return 0;
}
/* exit's handler loop (see vm.lib.ExitLib): exit calls back into it when handlers are registered. */
void (*__threadlab_atexit_next(void))(void);
static void __threadlab_exit(int status) {
    void (*handler)(void);
    while ((handler = __threadlab_atexit_next()) != 0)
        handler();
    _Exit(status);
}
#define qsort __threadlab_qsort
#define bsearch __threadlab_bsearch
#endif
