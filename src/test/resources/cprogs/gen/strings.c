// Hand-written string functions over char arrays and pointers.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

static unsigned long my_strlen(const char *s) { const char *p = s; while (*p) p++; return p - s; }
static void my_strcpy(char *d, const char *s) { while ((*d++ = *s++)) ; }
static int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char) *a - (unsigned char) *b;
}
static void reverse(char *s) {
    for (char *e = s + my_strlen(s) - 1; s < e; s++, e--) { char t = *s; *s = *e; *e = t; }
}

int main(void) {
    char buf[32];
    my_strcpy(buf, "threadlab");
    reverse(buf);
    print_str(buf);
    print_str("\n");
    print_long(my_strlen(buf));
    print_long(my_strcmp("abc", "abd") < 0);
    print_long(my_strcmp("same", "same"));
    return 0;
}
// expect: baldaerht
// expect: 9
// expect: 1
// expect: 0
