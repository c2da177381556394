/* printf's %n (the bytes written so far, into an int, char, short or long) and %a/%A
   (hexadecimal floating point). Output from gcc. */
// gcc: same-output
#include <stdio.h>

int main(void)
{
    int a = -1, b = -1;
    long l = -1;
    signed char c = -1;
    short h = -1;
    printf("abc%n def %d%n\n", &a, 42, &b);
    printf("a=%d b=%d\n", a, b);
    char small[8];
    int full = snprintf(small, sizeof small, "%s%ln and %hhn%hn", "truncated text", &l, &c, &h);
    printf("snprintf returned %d, stored %ld %d %d, kept \"%s\"\n", full, l, c, h, small);

    double values[] = {0.0, -0.0, 1.0, 0.1, -2.5, 1e-310, 1e300, 1.0 / 0.0};
    for (int i = 0; i < 8; i++)
        printf("%a %A %.2a %#.0a %+015.3a|%-12a|\n", values[i], values[i], values[i], values[i], values[i], values[i]);
    float f = 3.25f;
    printf("float promoted: %a\n", f);
    return 0;
}
// expect: abc def 42
// expect: a=3 b=10
// expect: snprintf returned 19, stored 14 19 19, kept "truncat"
// expect: 0x0p+0 0X0P+0 0x0.00p+0 0x0.p+0 +0x00000.000p+0|0x0p+0      |
// expect: -0x0p+0 -0X0P+0 -0x0.00p+0 -0x0.p+0 -0x00000.000p+0|-0x0p+0     |
// expect: 0x1p+0 0X1P+0 0x1.00p+0 0x1.p+0 +0x00001.000p+0|0x1p+0      |
// expect: 0x1.999999999999ap-4 0X1.999999999999AP-4 0x1.9ap-4 0x2.p-4 +0x00001.99ap-4|0x1.999999999999ap-4|
// expect: -0x1.4p+1 -0X1.4P+1 -0x1.40p+1 -0x1.p+1 -0x00001.400p+1|-0x1.4p+1   |
// expect: 0x0.012688b70e62bp-1022 0X0.012688B70E62BP-1022 0x0.01p-1022 0x0.p-1022 +0x00.012p-1022|0x0.012688b70e62bp-1022|
// expect: 0x1.7e43c8800759cp+996 0X1.7E43C8800759CP+996 0x1.7ep+996 0x1.p+996 +0x001.7e4p+996|0x1.7e43c8800759cp+996|
// expect: inf INF inf inf            +inf|inf         |
// expect: float promoted: 0x1.ap+1
