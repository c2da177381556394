/* C11 atomics are single steps: a compare-and-swap loop and atomic_fetch_add lose no update,
 * even on two CPUs in random mode, where a plain counter++ would. */
#include <stdio.h>
#include <pthread.h>
#include <stdatomic.h>

atomic_int cas_count;
atomic_int add_count;

void *worker(void *arg) {
    for (int i = 0; i < 500; i++) {
        int seen = atomic_load(&cas_count);
        while (!atomic_compare_exchange_strong(&cas_count, &seen, seen + 1)) {
            /* seen now holds the current value; try again */
        }
        atomic_fetch_add(&add_count, 1);
    }
    return NULL;
}

int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("cas %d add %d\n", atomic_load(&cas_count), atomic_load(&add_count));
    return 0;
}
// args: --mode random --seed 5 --cpus 2
// expect: cas 1500 add 1500
