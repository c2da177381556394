/* Jumps gcc rejects (into a statement expression, into the scope of a VLA) next to legal ones. */
int printf(const char *fmt, ...);

int into_statement_expression(int n)
{
    if (n > 0)
        goto inside;               // expect: error: jump into statement expression (label 'inside' is on line 8)
    int x = ({ int y = n; inside: y++; y; });
    return x;
}

int into_vla_scope(int n)
{
    goto use;                      // expect: error: jump into scope of identifier with variably modified type (label 'use' is on line 18)
    {
        int a[n];
        a[0] = n;
    use:
        printf("%d\n", a[0]);
    }
    return 0;
}

int into_typedef_scope(int n)
{
    goto later;                    // expect: error: jump into scope of identifier with variably modified type (label 'later' is on line 28)
    typedef int row[n];
later:
    return n;
}

int legal_jumps(int n)
{
    int total = 0;
again:
    {
        int a[n];
        a[0] = n;
        total += a[0];
        goto inside_same_scope;    /* within the VLA's scope: fine */
    inside_same_scope:
        if (--n > 0)
            goto again;            /* backwards out of the VLA's scope: fine */
    }
    int v = ({ int y = total; if (y > 100) goto out; y; });   /* out of a statement expression: fine */
    return v;
out:
    return -1;
}

int switch_into_vla_scope(int x, int n)
{
    switch (x) {
        int a[n];
    case 1:                        // expect: error: switch jumps into scope of identifier with variably modified type (the switch is on line 53)
        a[0] = 1;
        return a[0];
    default:                       // expect: error: switch jumps into scope of identifier with variably modified type (the switch is on line 53)
        return 0;
    }
}

int switch_into_statement_expression(int x)
{
    switch (x) {
    case 0:
        return ({ int y = 1; case 1: y++; y; });   // expect: error: switch jumps into statement expression (the switch is on line 65)
    }
    switch (x) {                   /* a VLA inside a case's own block is fine */
    case 2: {
        int b[x];
        b[0] = x;
        return b[0];
    }
    }
    return 0;
}
