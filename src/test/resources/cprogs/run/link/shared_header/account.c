/* Defines the globals that account.h declares 'extern'; main.c uses them directly. */
#include "account.h"

struct account accounts[MAX_ACCOUNTS];
int account_count;
long *largest = &accounts[0].balance;

int open_account(const char *owner, long deposit) {
    int id = account_count++;
    accounts[id].owner = owner;
    accounts[id].balance = deposit;
    if (deposit > *largest) {
        largest = &accounts[id].balance;
    }
    return id;
}

long total_balance(void) {
    long sum = 0;
    for (int i = 0; i < account_count; i++) {
        sum += accounts[i].balance;
    }
    return sum;
}
