/* ThreadLab sys/types.h. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
#ifndef __THREADLAB_SSIZE_T
#define __THREADLAB_SSIZE_T
typedef long ssize_t;
#endif
typedef int pid_t;
typedef unsigned int useconds_t;
typedef long off_t;
typedef unsigned int mode_t;
#ifndef __THREADLAB_TIME_T
#define __THREADLAB_TIME_T
typedef long time_t;
typedef long clock_t;
typedef int clockid_t;
struct timespec {
    time_t tv_sec;
    long tv_nsec;
};
#endif
#endif
