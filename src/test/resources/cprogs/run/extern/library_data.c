/* Programs that declare the library's data themselves, as old code does: the declarations
   agree with the headers' (errno is a macro in errno.h, as in glibc, so the line declares the
   function behind it), and environ is the run's environment, which is empty. Output from gcc
   run with an empty environment (env -i). */
// gcc: same-output
#include <stdio.h>
#include <errno.h>

extern FILE *stdout;
extern FILE *stderr;
extern int errno;
extern char **environ;

int main(void)
{
    errno = 0;
    if (fopen("no-such-file", "r") == NULL)
        fprintf(stdout, "fopen failed, errno is ENOENT: %d\n", errno == ENOENT);
    fprintf(stderr, "to stderr\n");
    int n = 0;
    for (char **e = environ; *e != NULL; e++)
        n++;
    printf("environment variables: %d\n", n);
    return 0;
}
// expect: fopen failed, errno is ENOENT: 1
// expect: environment variables: 0
// expect-stderr: to stderr
