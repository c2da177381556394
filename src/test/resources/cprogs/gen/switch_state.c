// A small state machine with switch, fallthrough and goto.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

enum state { START, WORD, SPACE, DONE };

static int count_words(const char *s) {
    enum state st = START;
    int words = 0;
    for (;;) {
        char c = *s++;
        switch (st) {
        case START:
        case SPACE:
            if (c == 0) goto out;
            if (c != ' ') { st = WORD; words++; }
            break;
        case WORD:
            if (c == 0) goto out;
            if (c == ' ') st = SPACE;
            break;
        default:
            return -1;
        }
    }
out:
    return words;
}

int main(void) {
    print_long(count_words("the quick  brown fox"));
    print_long(count_words(""));
    print_long(count_words("   one   "));
    return 0;
}
// expect: 4
// expect: 0
// expect: 1
