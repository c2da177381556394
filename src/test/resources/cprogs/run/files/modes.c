/* fopen's modes on the run's in-memory files (which start empty), with fgets, fgetc, fputs,
   fprintf, vfprintf, fread, fwrite, fseek, ftell, rewind, feof, ferror, fscanf and remove. Output from gcc,
   run in an empty directory. */
// gcc: same-output
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <stdarg.h>

static void note(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
}

static void show(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        printf("%s: cannot open (%s)\n", path, strerror(errno));
        return;
    }
    char line[64];
    printf("%s:", path);
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        printf(" [%s]", line);
    }
    printf(" eof=%d error=%d\n", feof(f) != 0, ferror(f) != 0);
    fclose(f);
}

int main(void)
{
    errno = 0;
    FILE *none = fopen("missing.txt", "r");
    printf("missing: %s errno=%d\n", none == NULL ? "NULL" : "FILE", errno);
    printf("r+ missing: %s\n", fopen("missing.txt", "r+") == NULL ? "NULL" : "FILE");

    FILE *w = fopen("notes.txt", "w");
    fputs("first line\n", w);
    fprintf(w, "%d squared is %d\n", 7, 49);
    note(w, "%s=%.2f\n", "pi", 3.14159);
    fputc('x', w);
    putc('\n', w);
    printf("ftell after writes: %ld\n", ftell(w));
    int got = fgetc(w);
    printf("fgetc on a write-only FILE: %d error=%d\n", got, ferror(w) != 0);
    fclose(w);
    show("notes.txt");

    FILE *a = fopen("notes.txt", "a");
    fprintf(a, "appended\n");
    fseek(a, 0, SEEK_SET);           /* appends still go to the end */
    fputs("again\n", a);
    fclose(a);
    show("notes.txt");

    FILE *rw = fopen("./notes.txt", "r+");
    fseek(rw, 6, SEEK_SET);
    fputs("LINE", rw);
    fseek(rw, 0, SEEK_END);
    printf("size %ld\n", ftell(rw));
    rewind(rw);
    int c1 = fgetc(rw), c2 = getc(rw);
    printf("first bytes %c%c, now at %ld\n", c1, c2, ftell(rw));
    fclose(rw);
    show("notes.txt");

    FILE *t = fopen("notes.txt", "w+");   /* truncates */
    fseek(t, 0, SEEK_END);
    printf("after w+: size %ld\n", ftell(t));
    int nums[5] = {3, 1, 4, 1, 5}, back[5] = {0};
    printf("fwrite: %zu\n", fwrite(nums, sizeof nums[0], 5, t));
    rewind(t);
    printf("fread: %zu\n", fread(back, sizeof back[0], 5, t));
    printf("read back: %d %d %d %d %d\n", back[0], back[1], back[2], back[3], back[4]);
    size_t more = fread(back, sizeof back[0], 1, t);
    printf("fread at the end: %zu eof=%d\n", more, feof(t) != 0);
    clearerr(t);
    printf("after clearerr: eof=%d\n", feof(t) != 0);
    fclose(t);

    FILE *ap = fopen("data.txt", "a+");
    fprintf(ap, "10 20 thirty\n");
    rewind(ap);
    int x = 0, y = 0;
    char word[16];
    int n = fscanf(ap, "%d %d %15s", &x, &y, word);
    printf("fscanf: %d -> %d %d %s\n", n, x, y, word);
    printf("fscanf at the end: %d\n", fscanf(ap, "%d", &x));
    fclose(ap);

    FILE *excl = fopen("data.txt", "wx");
    printf("x mode on an existing file: %s errno=%d\n", excl == NULL ? "NULL" : "FILE", errno);
    FILE *bad = fopen("data.txt", "q");
    printf("bad mode: %s errno=%d\n", bad == NULL ? "NULL" : "FILE", errno);
    printf("remove: %d\n", remove("data.txt"));
    int again = remove("data.txt");
    printf("remove again: %d errno=%d\n", again, errno);
    show("data.txt");
    printf("rename: %d\n", rename("notes.txt", "renamed.bin"));
    FILE *b = fopen("renamed.bin", "rb");
    printf("renamed opens: %s\n", b != NULL ? "yes" : "no");
    fclose(b);
    remove("renamed.bin");
    return 0;
}
// expect: missing: NULL errno=2
// expect: r+ missing: NULL
// expect: ftell after writes: 37
// expect: fgetc on a write-only FILE: -1 error=1
// expect: notes.txt: [first line] [7 squared is 49] [pi=3.14] [x] eof=1 error=0
// expect: notes.txt: [first line] [7 squared is 49] [pi=3.14] [x] [appended] [again] eof=1 error=0
// expect: size 52
// expect: first bytes fi, now at 2
// expect: notes.txt: [first LINE] [7 squared is 49] [pi=3.14] [x] [appended] [again] eof=1 error=0
// expect: after w+: size 0
// expect: fwrite: 5
// expect: fread: 5
// expect: read back: 3 1 4 1 5
// expect: fread at the end: 0 eof=1
// expect: after clearerr: eof=0
// expect: fscanf: 3 -> 10 20 thirty
// expect: fscanf at the end: -1
// expect: x mode on an existing file: NULL errno=17
// expect: bad mode: NULL errno=22
// expect: remove: 0
// expect: remove again: -1 errno=2
// expect: data.txt: cannot open (No such file or directory)
// expect: rename: 0
// expect: renamed opens: yes
