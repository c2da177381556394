/* Declarator and initializer corner cases (all accepted by gcc -Wall without warnings). */
int (*(*foo)(void))[3];
typedef int T; T T2;
static const struct { int a; const char *s; } tbl[] = { {1, "x"}, {2, "y"} };
enum { NTBL = sizeof tbl / sizeof *tbl };
char buf[sizeof "hello"];
int matrix[sizeof(int[3][4]) / sizeof(int)];
void (*handlers[2])(int) = { 0 };
struct pt { int x, y; };
struct pt mk(int x, int y) { struct pt p = { x, y }; return p; }
int f(void);
struct outer { int kind; struct { int a, b; } inner; union { long l; char c; }; } o = { 1, { 2, 3 }, .c = 'z' };
double h = 0x1p3 + 1e-2 + .5;
int wide[] = { sizeof(L"ab") };
int g(int c) {
    extern int f(void);
    struct pt p, q;
    int a, b, d;
    unsigned char uc = (unsigned char)~0;
    a = b = d = 0;
    for (a = 0, b = 10; a < b; a++, b--) ;
    c ? (void)0 : (void)f();
    p = mk(1, 2);
    q = c ? p : mk(3, 4);
    q.x += p.y;
    if (NTBL != 2) return -1;
    return q.x + uc + tbl[1].a + buf[0] + (int)sizeof matrix + T2;
}
