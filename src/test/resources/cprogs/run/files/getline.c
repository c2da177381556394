/* getline and getdelim read lines of any length from a file the program wrote; the buffer grows
   as needed and the last line may lack its newline. Output from gcc, run in an empty directory. */
// gcc: same-output
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    FILE *f = fopen("lines.txt", "w");
    fputs("short\n", f);
    for (int i = 0; i < 300; i++) {
        fputc('a' + i % 26, f);
    }
    fputs("\n\nlast without newline", f);
    fclose(f);

    f = fopen("lines.txt", "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int count = 0;
    while ((n = getline(&line, &cap, f)) != -1) {
        count++;
        printf("line %d: %zd bytes, first byte %d, capacity enough: %d\n", count, n, line[0],
               cap > (size_t) n);
    }
    printf("end: %zd, feof %d\n", n, feof(f) != 0);
    rewind(f);
    n = getdelim(&line, &cap, 'a', f);
    printf("up to the first 'a': %zd bytes\n", n);
    free(line);
    fclose(f);
    remove("lines.txt");
    return 0;
}
// expect: line 1: 6 bytes, first byte 115, capacity enough: 1
// expect: line 2: 301 bytes, first byte 97, capacity enough: 1
// expect: line 3: 1 bytes, first byte 10, capacity enough: 1
// expect: line 4: 20 bytes, first byte 108, capacity enough: 1
// expect: end: -1, feof 1
// expect: up to the first 'a': 7 bytes
