/* Key destructors run when a thread ends, by return or by pthread_exit, in key order, once per
 * non-NULL value, with the value already NULL; a key without a destructor just loses its value.
 * main returning runs none (exit does not). */
// gcc-differential
#include <stdio.h>
#include <pthread.h>

static pthread_key_t name_key, count_key, plain_key;

static void free_name(void *value) {
    printf("free_name(%s), key now %p\n", (char *)value, pthread_getspecific(name_key));
}

static void free_count(void *value) {
    printf("free_count(%ld)\n", (long)value);
}

static void *returns(void *arg) {
    pthread_setspecific(count_key, (void *)7L);
    pthread_setspecific(name_key, "returns");
    pthread_setspecific(plain_key, "no destructor");
    return NULL;
}

static void *exits(void *arg) {
    pthread_setspecific(name_key, "exits");
    pthread_exit(NULL);
}

static void *sets_null(void *arg) {
    pthread_setspecific(name_key, "cleared");
    pthread_setspecific(name_key, NULL);
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_key_create(&name_key, free_name);
    pthread_key_create(&count_key, free_count);
    pthread_key_create(&plain_key, NULL);
    void *(*workers[])(void *) = { returns, exits, sets_null };
    for (int i = 0; i < 3; i++) {
        pthread_create(&t, NULL, workers[i], NULL);
        pthread_join(t, NULL);
        printf("joined %d\n", i);
    }
    pthread_setspecific(name_key, "main");
    return 0;
}
// expect: free_name(returns), key now (nil)
// expect: free_count(7)
// expect: joined 0
// expect: free_name(exits), key now (nil)
// expect: joined 1
// expect: joined 2
