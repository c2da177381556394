// explore: assertion
/* Both threads see enough money, then both withdraw it. */
#include <assert.h>
#include <pthread.h>

static int balance = 10;

static void *withdraw(void *arg) {
    if (balance >= 10) {
        balance -= 10;
    }
    return arg;
}

int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, withdraw, NULL);
    pthread_create(&t2, NULL, withdraw, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    assert(balance >= 0);
    return 0;
}
