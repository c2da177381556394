// Bit manipulation: popcount, bit-fields, unsigned rotation.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

struct flags { unsigned ready : 1; unsigned mode : 3; int delta : 4; };

static int popcount(unsigned long x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static unsigned rotl(unsigned x, int r) { return (x << r) | (x >> (32 - r)); }

int main(void) {
    print_long(popcount(0xFFul));
    print_long(popcount(~0ul));
    print_long(rotl(0x80000001u, 1));
    struct flags f = {1, 5, -2};
    f.mode += 4;
    f.delta--;
    print_long(f.ready);
    print_long(f.mode);
    print_long(f.delta);
    print_long(sizeof(struct flags));
    return 0;
}
// expect: 8
// expect: 64
// expect: 3
// expect: 1
// expect: 1
// expect: -3
// expect: 4
