/* A shared header with 'extern' declarations: the globals live in account.c, main.c reads and
 * writes them, and main.c's own global initializers point into account.c's data and code. */
#include <stdio.h>
#include "account.h"

int (*opener)(const char *, long) = open_account;
int *count_ptr = &account_count;

int main(void) {
    opener("ada", 50);
    opener("bob", 120);
    open_account("cy", 70);
    accounts[0].balance += 5;
    printf("%d accounts, total %ld\n", *count_ptr, total_balance());
    for (int i = 0; i < account_count; i++) {
        printf("%s %ld\n", accounts[i].owner, accounts[i].balance);
    }
    printf("largest %ld\n", *largest);
    return account_count;
}
// expect: 3 accounts, total 245
// expect: ada 55
// expect: bob 120
// expect: cy 70
// expect: largest 120
// expect-exit: 3
