// Operator corner cases: side effects in lvalues, integer constant types, casts.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

enum color { RED, GREEN = 5, BLUE };
struct p { int x; char c; };

int main(void) {
    int a[5] = {1, 2, 3, 4, 5};
    int i = 0;
    a[i++] += 10;
    print_long(a[0] + i);
    int *q = a;
    *q++ = 7;
    *++q += 1;
    print_long(a[0] * 100 + a[2]);
    struct p ps[3] = {{1, 'a'}, {2, 'b'}, {3, 'c'}};
    struct p *pp = ps;
    pp->x++;
    (pp + 1)->c += 1;
    print_long(ps[0].x + ps[1].c);
    print_long(&ps[2] - pp);
    print_long("abc"[1]);
    print_long(0xFFFFFFFF > 0);
    print_long(-1 > 0u);
    print_long(BLUE);
    unsigned char uc = 0x0F;
    print_long(~uc);
    long long big = 1LL << 62;
    print_long(big >> 60);
    long addr = (long) &a[1];
    int *back = (int *) addr;
    print_long(*back);
    int k = 3;
    int r = k > 2 ? k < 5 ? 1 : 2 : 3;
    print_long(r);
    double mix = k ? 1 : 2.5;
    print_double(mix);
    int *np = 0;
    print_long(np ? 1 : 0);
    print_long(sizeof(a) / sizeof(a[0]) + sizeof(i++) + i);
    for (int s = 0, t = 10; s < t; s += 3, t -= 3) print_long(s * t);
    char c = 'A';
    c += 2;
    print_long(c == 'C');
    short sh = -1;
    unsigned short ush = sh;
    print_long(ush);
    print_long((unsigned char) 300);
    print_long((signed char) 200);
    print_long(-17 % 5 + -17 / 5);
    unsigned long ul = -1;
    print_long(ul >> 63);
    print_long((int) 3000000000u);
    return 0;
}
// expect: 12
// expect: 704
// expect: 101
// expect: 2
// expect: 98
// expect: 1
// expect: 1
// expect: 6
// expect: -16
// expect: 4
// expect: 2
// expect: 1
// expect: 1.000000
// expect: 0
// expect: 10
// expect: 0
// expect: 21
// expect: 1
// expect: 65535
// expect: 44
// expect: -56
// expect: -5
// expect: 1
// expect: -1294967296
