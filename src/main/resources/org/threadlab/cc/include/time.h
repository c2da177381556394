/* ThreadLab time.h: the simulated clock (1000 ticks a second; CLOCK_REALTIME starts at 2026-01-01). */
#ifndef _TIME_H
#define _TIME_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
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
#define CLOCKS_PER_SEC 1000000L
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define TIMER_ABSTIME 1
time_t time(time_t *tloc);
clock_t clock(void);
int clock_gettime(clockid_t clockid, struct timespec *tp);
int clock_getres(clockid_t clockid, struct timespec *res);
int clock_nanosleep(clockid_t clockid, int flags, const struct timespec *request, struct timespec *remain);
int nanosleep(const struct timespec *req, struct timespec *rem);
#endif
