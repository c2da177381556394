// Struct assignment chains, struct results used directly, unions and bit-fields.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

struct v3 { long x, y, z; };
struct box { struct v3 lo, hi; int tags[3]; };

static struct v3 make(long x, long y, long z) { struct v3 r = {x, y, z}; return r; }
static struct v3 scale(struct v3 v, long k) { v.x *= k; v.y *= k; v.z *= k; return v; }
static long sum(struct v3 v) { return v.x + v.y + v.z; }
static struct box *global_box(void) { static struct box b = { {1, 2, 3}, {4, 5, 6}, {7, 8, 9} }; return &b; }

union pun { float f; unsigned u; unsigned char bytes[4]; };
struct bits { unsigned lo : 4, mid : 8, hi : 20; };

int main(void) {
    struct v3 a, b, c;
    a = b = c = make(1, 2, 3);
    b.x = 10;
    print_long(sum(a) + sum(b) + sum(c));
    print_long(make(4, 5, 6).y);
    print_long(sum(scale(scale(a, 2), 3)));
    struct v3 pick = a.x > 0 ? b : c;
    print_long(pick.x);
    struct box bx = *global_box();
    bx.tags[1] = 80;
    print_long(bx.hi.z + bx.tags[1] + global_box()->tags[1]);
    struct box copies[2];
    for (int i = 0; i < 2; i++) copies[i] = bx;
    print_long(copies[1].lo.y);
    union pun p;
    p.f = 1.0f;
    print_long(p.u);
    print_long(p.bytes[3]);
    struct bits bb = {0};
    bb.lo = 15; bb.mid = 0x1FF; bb.hi = 12345;
    print_long(bb.lo + bb.mid + bb.hi);
    bb.lo++;
    print_long(bb.lo);
    return 0;
}
// expect: 27
// expect: 5
// expect: 36
// expect: 10
// expect: 94
// expect: 2
// expect: 1065353216
// expect: 63
// expect: 12615
// expect: 0
