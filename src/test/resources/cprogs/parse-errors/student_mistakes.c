/* Typical first-week mistakes; each expected diagnostic is a comment on its line. */
int printf(const char *fmt, ...);
int add(int a, int b) { return a + b; }
const int limit = 10;

int main(void)
{
    int total = 0;
    for (int i = 0; i < limit; i++) {
        total += i;
    }
    count = total;                 // expect: error: 'count' undeclared; declare it before use
    total = add(1);                // expect: error: too few arguments to function 'add' (expected 2, have 1)
    limit = 5;                     // expect: error: cannot assign to 'limit' because it is const
    if (total = 3)                 // expect: warning: assignment used as a condition; did you mean '=='? (write '((...))' if the assignment is intended)
        total++;
    shout("done");                 // expect: warning: implicit declaration of function 'shout'; include its header or declare it
    break;                         // expect: error: 'break' is not inside a loop or switch
    printf("%d\n", total)          // expect: error: expected ';' after expression
    return total;
}
