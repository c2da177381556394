// Designated initializers, pointers to pointers, extern then definition, tentative definitions.
void print_long(long);
void print_str(const char *);
void print_double(double);
void *malloc(unsigned long);
void free(void *);

extern int later;
int tentative;
int tentative;
struct entry { const char *key; int value; };
struct entry entries[] = { [2] = {"two", 2}, [0] = {.value = 10, .key = "zero"} };
char word[] = "word";
char *words[] = { word, "lit", 0 };
char **wp = words;
int later = 77;
static long matrix[2][3] = { {1, 2, 3}, [1][2] = 9 };
unsigned char small[] = { 255, 256, -1 };

int main(void) {
    print_long(later + tentative);
    print_str(entries[0].key); print_str(entries[2].key); print_str("\n");
    print_long(entries[0].value + entries[1].value + entries[2].value);
    print_long(sizeof entries / sizeof entries[0]);
    for (char **p = wp; *p; p++) print_str(*p);
    print_str("\n");
    word[0] = 'W';
    print_str(words[0]); print_str("\n");
    print_long(matrix[0][2] + matrix[1][2] + matrix[1][0]);
    print_long(small[0] + small[1] + small[2]);
    return 0;
}
// expect: 77
// expect: zerotwo
// expect: 12
// expect: 3
// expect: wordlit
// expect: Word
// expect: 12
// expect: 510
