// Duff's device, switch inside loops with continue, nested switches.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static void copy(short *to, const short *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7: *to++ = *from++;
    case 6: *to++ = *from++;
    case 5: *to++ = *from++;
    case 4: *to++ = *from++;
    case 3: *to++ = *from++;
    case 2: *to++ = *from++;
    case 1: *to++ = *from++;
            } while (--n > 0);
    }
}

static const char *classify(int c) {
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return "digit";
    case ' ':
        return "space";
    default:
        switch (c | 32) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
        }
        return "other";
    }
}

int main(void) {
    short src[13], dst[13];
    for (int i = 0; i < 13; i++) { src[i] = i * 3; dst[i] = -1; }
    copy(dst, src, 13);
    long s = 0;
    for (int i = 0; i < 13; i++) s += dst[i];
    print_long(s);
    const char *text = "A 9x";
    for (const char *p = text; *p; p++) { print_str(classify(*p)); print_str(" "); }
    print_str("\n");
    int odd = 0;
    for (int i = 0; i < 10; i++) {
        switch (i % 3) {
        case 0: continue;
        case 1: odd += i; break;
        default: odd -= 1;
        }
        odd *= 2;
    }
    print_long(odd);
    return 0;
}
// expect: 234
// expect: vowel space digit other 
// expect: 114
