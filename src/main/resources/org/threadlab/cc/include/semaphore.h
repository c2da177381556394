/* ThreadLab semaphore.h: unnamed semaphores (zeroed memory is a semaphore holding 0) and named
   ones, per run (one process): sem_open's O_CREAT and O_EXCL come from <fcntl.h>, as on Linux. */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H
#include <time.h>
#include <sys/types.h>
typedef struct {
    long __data[4];
} sem_t;
#define SEM_VALUE_MAX 2147483647
#define SEM_FAILED ((sem_t *)0)
int sem_init(sem_t *sem, int pshared, unsigned int value);
int sem_destroy(sem_t *sem);
int sem_wait(sem_t *sem);
int sem_trywait(sem_t *sem);
int sem_timedwait(sem_t *sem, const struct timespec *abstime);
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *sem, int *sval);
sem_t *sem_open(const char *name, int oflag, ...); /* with O_CREAT: mode_t mode, unsigned int value */
int sem_close(sem_t *sem);
int sem_unlink(const char *name);
#endif
