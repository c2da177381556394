/* POSIX open, write, read, lseek and close on the same in-memory files as stdio; write(1, ...)
   is stdout. Output from gcc, run in an empty directory. */
// gcc: same-output
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
    int fd = open("raw.dat", O_RDONLY);
    printf("open missing: %d errno=%d\n", fd, errno);
    fd = open("raw.dat", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    printf("open for writing: %s\n", fd >= 0 ? "ok" : "failed");
    const char *msg = "hello, descriptors\n";
    printf("write: %zd\n", write(fd, msg, strlen(msg)));
    close(fd);
    int again = close(fd);
    printf("close twice: %d errno=%d\n", again, errno);
    int ex = open("raw.dat", O_WRONLY | O_CREAT | O_EXCL, 0644);
    printf("O_EXCL on an existing file: %d errno=%d\n", ex, errno);

    fd = open("raw.dat", O_RDWR | O_APPEND);
    write(fd, "tail\n", 5);
    printf("lseek to start: %ld\n", (long)lseek(fd, 0, SEEK_SET));
    char buf[64];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    buf[n] = '\0';
    printf("read %zd: %s", n, buf);
    printf("read at the end: %zd\n", read(fd, buf, sizeof buf));
    close(fd);

    FILE *f = fopen("raw.dat", "r");
    char line[64];
    fgets(line, sizeof line, f);
    printf("stdio sees: %s", line);
    printf("fileno is a descriptor: %d\n", fileno(f) > 2);
    fclose(f);
    fflush(stdout);
    write(1, "straight to stdout\n", 19);
    printf("unlink: %d\n", unlink("raw.dat"));
    return 0;
}
// expect: open missing: -1 errno=2
// expect: open for writing: ok
// expect: write: 19
// expect: close twice: -1 errno=9
// expect: O_EXCL on an existing file: -1 errno=17
// expect: lseek to start: 0
// expect: read 24: hello, descriptors
// expect: tail
// expect: read at the end: 0
// expect: stdio sees: hello, descriptors
// expect: fileno is a descriptor: 1
// expect: straight to stdout
// expect: unlink: 0
