/* ThreadLab stdio.h: stdin, stdout, stderr and files, unbuffered; sprintf family, sscanf.
   Files live in memory for one run and the file system starts empty: a program reads only the
   files it wrote (there are no directories; "./a" and "a" are the same file). A missing file
   opened for reading gives NULL with errno ENOENT. Each call on a FILE is atomic. */
#ifndef _STDIO_H
#define _STDIO_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
#ifndef __THREADLAB_VA_LIST
#define __THREADLAB_VA_LIST
typedef __builtin_va_list va_list;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
#define EOF (-1)
#define BUFSIZ 8192
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define FOPEN_MAX 1024
#define FILENAME_MAX 4096
typedef struct __threadlab_file FILE;
FILE *__threadlab_stdin(void);
FILE *__threadlab_stdout(void);
FILE *__threadlab_stderr(void);
#define stdin (__threadlab_stdin())
#define stdout (__threadlab_stdout())
#define stderr (__threadlab_stderr())
int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int dprintf(int fd, const char *format, ...);
int sprintf(char *str, const char *format, ...);
int snprintf(char *str, size_t size, const char *format, ...);
int vprintf(const char *format, va_list ap);
int vfprintf(FILE *stream, const char *format, va_list ap);
int vsprintf(char *str, const char *format, va_list ap);
int vsnprintf(char *str, size_t size, const char *format, va_list ap);
int vdprintf(int fd, const char *format, va_list ap);
int sscanf(const char *str, const char *format, ...);
int scanf(const char *format, ...);
int fscanf(FILE *stream, const char *format, ...);
int getchar(void);
int fgetc(FILE *stream);
int getc(FILE *stream);
char *fgets(char *s, int size, FILE *stream);
int puts(const char *s);
int fputs(const char *s, FILE *stream);
int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
FILE *fopen(const char *path, const char *mode); /* modes r w a r+ w+ a+, with b, x */
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *stream);
int fflush(FILE *stream);
size_t fread(void *ptr, size_t size, size_t nmemb, FILE *stream);
size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *stream);
int fseek(FILE *stream, long offset, int whence);
long ftell(FILE *stream);
void rewind(FILE *stream);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);
int fileno(FILE *stream);
int remove(const char *path);
int rename(const char *oldpath, const char *newpath);
int setvbuf(FILE *stream, char *buf, int mode, size_t size);
void setbuf(FILE *stream, char *buf);
void perror(const char *s);

/* getline and getdelim are C here, on fgetc: the line grows with realloc as glibc's does. */
#ifndef __THREADLAB_SSIZE_T
#define __THREADLAB_SSIZE_T
typedef long ssize_t;
#endif
void *realloc(void *ptr, size_t size);
static ssize_t __threadlab_getdelim(char **lineptr, size_t *n, int delim, FILE *stream) {
    size_t len = 0;
    int c;
    if (lineptr == NULL || n == NULL || stream == NULL)
        return -1;
    if (*lineptr == NULL || *n == 0) {
        char *p = realloc(*lineptr, 120);
        if (p == NULL)
            return -1;
        *lineptr = p;
        *n = 120;
    }
    while ((c = fgetc(stream)) != EOF) {
        if (len + 2 > *n) {
            char *p = realloc(*lineptr, *n * 2);
            if (p == NULL)
                return -1;
            *lineptr = p;
            *n = *n * 2;
        }
        (*lineptr)[len++] = (char)c;
        if (c == delim)
            break;
    }
    if (len == 0)
        return -1;
    (*lineptr)[len] = '\0';
    return (ssize_t)len;
}
static ssize_t __threadlab_getline(char **lineptr, size_t *n, FILE *stream) {
    return __threadlab_getdelim(lineptr, n, '\n', stream);
}
#define getdelim __threadlab_getdelim
#define getline __threadlab_getline
#endif
