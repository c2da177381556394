/* pthread_key_delete frees the key: its destructor no longer runs, setting it fails with EINVAL,
 * deleting it again fails, and a new key may reuse the number without seeing old values. */
// gcc-differential
#include <stdio.h>
#include <errno.h>
#include <pthread.h>

static pthread_key_t key;

static void destroy(void *value) {
    printf("destroy(%s)\n", (char *)value);
}

static void *worker(void *arg) {
    pthread_setspecific(key, "worker");
    pthread_key_delete(key);
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_key_t first;
    pthread_key_create(&key, destroy);
    first = key;
    pthread_setspecific(key, "main's value");
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("set deleted: %s\n", pthread_setspecific(key, "x") == EINVAL ? "EINVAL" : "other");
    printf("delete again: %s\n", pthread_key_delete(key) == EINVAL ? "EINVAL" : "other");
    pthread_key_create(&key, destroy);
    printf("number reused: %d, old value seen: %p\n", key == first, pthread_getspecific(key));
    printf("set bad key: %s\n", pthread_setspecific(100, "x") == EINVAL ? "EINVAL" : "other");
    return 0;
}
// expect: set deleted: EINVAL
// expect: delete again: EINVAL
// expect: number reused: 1, old value seen: (nil)
// expect: set bad key: EINVAL
