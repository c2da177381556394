// Hash functions that rely on unsigned wrap-around: FNV-1a (32 and 64 bit), xorshift, CRC-32.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static unsigned fnv32(const char *s) {
    unsigned h = 2166136261u;
    while (*s) { h ^= (unsigned char) *s++; h *= 16777619u; }
    return h;
}

static unsigned long fnv64(const char *s) {
    unsigned long h = 14695981039346656037ul;
    while (*s) { h ^= (unsigned char) *s++; h *= 1099511628211ul; }
    return h;
}

static unsigned long xorshift(unsigned long *state) {
    unsigned long x = *state;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    return *state = x;
}

static unsigned crc32(const unsigned char *p, int n) {
    unsigned crc = ~0u;
    for (int i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
    return ~crc;
}

int main(void) {
    print_long(fnv32("hello"));
    print_long((long) fnv64("hello"));
    print_long(fnv64("hello") % 1000003);
    unsigned long st = 88172645463325252ul;
    for (int i = 0; i < 3; i++) print_long((long) (xorshift(&st) >> 1));
    print_long(crc32((const unsigned char *) "123456789", 9));
    int si = (int) fnv32("x");
    print_long(si);
    print_long((short) fnv32("y"));
    print_long((signed char) fnv32("z"));
    return 0;
}
// expect: 1335831723
// expect: -6615550055289275125
// expect: 701659
// expect: 4374267076742679256
// expect: 1520450496913367757
// expect: 1726998778024119656
// expect: 3421780262
// expect: -49524601
// expect: 20212
// expect: -83
