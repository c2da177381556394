/* ThreadLab unistd.h: sleeps on the simulated clock; read/write/close/lseek on the in-memory files (stdio.h). */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <sys/types.h>
#ifndef NULL
#define NULL ((void *)0)
#endif
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t usec);
unsigned int delay(unsigned int milliseconds); /* QNX */
pid_t getpid(void);
_Noreturn void _exit(int status);
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int unlink(const char *path);
/* getopt's globals are library-owned: these macros reach them. */
char **__threadlab_optarg(void);
int *__threadlab_optind(void);
int *__threadlab_opterr(void);
int *__threadlab_optopt(void);
#define optarg (*__threadlab_optarg())
#define optind (*__threadlab_optind())
#define opterr (*__threadlab_opterr())
#define optopt (*__threadlab_optopt())
int getopt(int argc, char *const argv[], const char *optstring);
#endif
