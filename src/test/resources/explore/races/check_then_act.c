// explore: race
// race-lines: 10 11
/* Both threads check the balance, then withdraw: the check reads what the other withdraws. */
#include <pthread.h>

int balance = 100;

void *withdraw(void *arg) {
    int amount = 60;
    if (balance >= amount) {
        balance -= amount;
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, withdraw, NULL);
    pthread_create(&b, NULL, withdraw, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
