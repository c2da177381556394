#ifndef ACCOUNT_H
#define ACCOUNT_H

struct account {
    const char *owner;
    long balance;
};

#define MAX_ACCOUNTS 4

extern struct account accounts[MAX_ACCOUNTS];
extern int account_count;
extern long *largest;

int open_account(const char *owner, long deposit);
long total_balance(void);
#endif
