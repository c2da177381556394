// explore: no-race within 2
/* Each thread allocates, writes and frees its own blocks, so a block one thread freed may come
   back to the other: freed memory is new memory, and no race may be reported on it. */
#include <pthread.h>
#include <stdlib.h>

void *churn(void *arg) {
    for (int i = 0; i < 2; i++) {
        int *p = malloc(sizeof *p);
        *p = i;
        p = realloc(p, 2 * sizeof *p);
        p[1] = *p;
        free(p);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, churn, NULL);
    pthread_create(&b, NULL, churn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
