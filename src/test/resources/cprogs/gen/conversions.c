// A matrix of integer and floating conversions between every arithmetic type.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static long values[] = { 0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536,
                         2147483647, -2147483648L, 4294967295L, 4294967296L, -4294967297L, 9223372036854775807L };

int main(void) {
    int n = sizeof values / sizeof values[0];
    long total = 0;
    for (int i = 0; i < n; i++) {
        long v = values[i];
        signed char sc = v; unsigned char uc = v; short ss = v; unsigned short us = v;
        int si = v; unsigned ui = v; unsigned long ul = v; _Bool b = v;
        total = total * 31 + sc + uc + ss + us + si + ui + (long) ul + b;
        print_long(sc); print_long(uc); print_long(ss); print_long(us);
        print_long(si); print_long(ui); print_long(b);
        double d = v; float f = v;
        print_double(d);
        print_double(f);
        print_long(ui < si);
        print_long(sc < uc);
        print_long((long) (unsigned) sc);
        print_long((unsigned long) ss > 100);
    }
    print_long(total);
    double ds[] = { 0.5, -0.5, 1e10, -1e10, 3.999, -3.999, 255.5, 65535.9 };
    for (int i = 0; i < 8; i++) {
        double d = ds[i];
        print_long((long) d);
        print_long((int) (float) d);
        print_long((unsigned char) (int) d);
        print_long((short) (long) d);
        print_long(d > 0 ? (long) (unsigned) d : 0);
    }
    return 0;
}
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0.000000
// expect: 0.000000
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 1
// expect: 1
// expect: 1
// expect: 1
// expect: 1
// expect: 1
// expect: 1
// expect: 1.000000
// expect: 1.000000
// expect: 0
// expect: 0
// expect: 1
// expect: 0
// expect: -1
// expect: 255
// expect: -1
// expect: 65535
// expect: -1
// expect: 4294967295
// expect: 1
// expect: -1.000000
// expect: -1.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 127
// expect: 127
// expect: 127
// expect: 127
// expect: 127
// expect: 127
// expect: 1
// expect: 127.000000
// expect: 127.000000
// expect: 0
// expect: 0
// expect: 127
// expect: 1
// expect: -128
// expect: 128
// expect: 128
// expect: 128
// expect: 128
// expect: 128
// expect: 1
// expect: 128.000000
// expect: 128.000000
// expect: 0
// expect: 1
// expect: 4294967168
// expect: 1
// expect: -1
// expect: 255
// expect: 255
// expect: 255
// expect: 255
// expect: 255
// expect: 1
// expect: 255.000000
// expect: 255.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 0
// expect: 0
// expect: 256
// expect: 256
// expect: 256
// expect: 256
// expect: 1
// expect: 256.000000
// expect: 256.000000
// expect: 0
// expect: 0
// expect: 0
// expect: 1
// expect: 127
// expect: 127
// expect: -129
// expect: 65407
// expect: -129
// expect: 4294967167
// expect: 1
// expect: -129.000000
// expect: -129.000000
// expect: 0
// expect: 0
// expect: 127
// expect: 1
// expect: -1
// expect: 255
// expect: 32767
// expect: 32767
// expect: 32767
// expect: 32767
// expect: 1
// expect: 32767.000000
// expect: 32767.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 0
// expect: 0
// expect: -32768
// expect: 32768
// expect: 32768
// expect: 32768
// expect: 1
// expect: 32768.000000
// expect: 32768.000000
// expect: 0
// expect: 0
// expect: 0
// expect: 1
// expect: -1
// expect: 255
// expect: -1
// expect: 65535
// expect: 65535
// expect: 65535
// expect: 1
// expect: 65535.000000
// expect: 65535.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 65536
// expect: 65536
// expect: 1
// expect: 65536.000000
// expect: 65536.000000
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: -1
// expect: 255
// expect: -1
// expect: 65535
// expect: 2147483647
// expect: 2147483647
// expect: 1
// expect: 2147483647.000000
// expect: 2147483648.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: -2147483648
// expect: 2147483648
// expect: 1
// expect: -2147483648.000000
// expect: -2147483648.000000
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: -1
// expect: 255
// expect: -1
// expect: 65535
// expect: -1
// expect: 4294967295
// expect: 1
// expect: 4294967295.000000
// expect: 4294967296.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 1
// expect: 4294967296.000000
// expect: 4294967296.000000
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: -1
// expect: 255
// expect: -1
// expect: 65535
// expect: -1
// expect: 4294967295
// expect: 1
// expect: -4294967297.000000
// expect: -4294967296.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: -1
// expect: 255
// expect: -1
// expect: 65535
// expect: -1
// expect: 4294967295
// expect: 1
// expect: 9223372036854775808.000000
// expect: 9223372036854775808.000000
// expect: 0
// expect: 1
// expect: 4294967295
// expect: 1
// expect: 5492197589655766294
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 0
// expect: 10000000000
// expect: -2147483648
// expect: 0
// expect: -7168
// expect: 1410065408
// expect: -10000000000
// expect: -2147483648
// expect: 0
// expect: 7168
// expect: 0
// expect: 3
// expect: 3
// expect: 3
// expect: 3
// expect: 3
// expect: -3
// expect: -3
// expect: 253
// expect: -3
// expect: 0
// expect: 255
// expect: 255
// expect: 255
// expect: 255
// expect: 255
// expect: 65535
// expect: 65535
// expect: 255
// expect: -1
// expect: 65535
