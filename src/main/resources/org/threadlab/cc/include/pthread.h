/*
 * ThreadLab pthread.h. Every object type is zero-initialisable: zeroed memory is a default
 * object, created in the kernel on first use. Functions return 0 or an errno value (POSIX).
 * Priorities are 1..255 (QNX); sleepon locks are QNX's. Cancellation, cleanup handlers, key
 * destructors and pthread_exit follow POSIX and glibc (see vm.lib.CancelLib, ThreadExitLib).
 */
#ifndef _PTHREAD_H
#define _PTHREAD_H
#include <sched.h>
#include <time.h>
#ifndef NULL
#define NULL ((void *)0)
#endif
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif

typedef unsigned long pthread_t;
typedef struct {
    int __detachstate;
    int __inheritsched;
    int __policy;
    int __priority;
    unsigned long __stacksize;
    char __pad[32];
} pthread_attr_t;
typedef struct { int __data[10]; } pthread_mutex_t;
typedef struct { int __type; int __protocol; } pthread_mutexattr_t;
typedef struct { int __data[12]; } pthread_cond_t;
typedef struct { int __data; } pthread_condattr_t;
typedef struct { int __data[14]; } pthread_rwlock_t;
typedef struct { int __data[2]; } pthread_rwlockattr_t;
typedef struct { int __data[8]; } pthread_barrier_t;
typedef struct { int __data; } pthread_barrierattr_t;
typedef int pthread_once_t;
typedef unsigned int pthread_key_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#define PTHREAD_INHERIT_SCHED 0
#define PTHREAD_EXPLICIT_SCHED 1
#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1
#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1
#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL
#define PTHREAD_PRIO_NONE 0
#define PTHREAD_PRIO_INHERIT 1
#define PTHREAD_PRIO_PROTECT 2
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)
#define PTHREAD_MUTEX_INITIALIZER { { 0 } }
#define PTHREAD_RMUTEX_INITIALIZER { { PTHREAD_MUTEX_RECURSIVE } } /* QNX */
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP { { PTHREAD_MUTEX_RECURSIVE } }
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP { { PTHREAD_MUTEX_ERRORCHECK } }
#define PTHREAD_COND_INITIALIZER { { 0 } }
#define PTHREAD_RWLOCK_INITIALIZER { { 0 } }
#define PTHREAD_ONCE_INIT 0
#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *)-1)
#ifndef PTHREAD_STACK_MIN
#define PTHREAD_STACK_MIN 16384
#endif

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start_routine)(void *), void *arg);
int pthread_join(pthread_t thread, void **retval);
_Noreturn void pthread_exit(void *retval);
pthread_t pthread_self(void);
int pthread_equal(pthread_t t1, pthread_t t2);
int pthread_detach(pthread_t thread);
int pthread_yield(void);
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);
void *pthread_getspecific(pthread_key_t key);
int pthread_attr_setscope(pthread_attr_t *attr, int scope);
int pthread_attr_getscope(const pthread_attr_t *attr, int *scope);

int pthread_attr_init(pthread_attr_t *attr);
int pthread_attr_destroy(pthread_attr_t *attr);
int pthread_attr_setdetachstate(pthread_attr_t *attr, int detachstate);
int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *detachstate);
int pthread_attr_setschedpolicy(pthread_attr_t *attr, int policy);
int pthread_attr_getschedpolicy(const pthread_attr_t *attr, int *policy);
int pthread_attr_setschedparam(pthread_attr_t *attr, const struct sched_param *param);
int pthread_attr_getschedparam(const pthread_attr_t *attr, struct sched_param *param);
int pthread_attr_setinheritsched(pthread_attr_t *attr, int inheritsched);
int pthread_attr_getinheritsched(const pthread_attr_t *attr, int *inheritsched);
int pthread_attr_setstacksize(pthread_attr_t *attr, size_t stacksize);
int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *stacksize);
int pthread_setschedprio(pthread_t thread, int prio);
int pthread_getschedparam(pthread_t thread, int *policy, struct sched_param *param);
int pthread_setschedparam(pthread_t thread, int policy, const struct sched_param *param);

int pthread_cancel(pthread_t thread);
int pthread_setcancelstate(int state, int *oldstate);
int pthread_setcanceltype(int type, int *oldtype);
void pthread_testcancel(void);

/*
 * Cleanup handlers, as glibc's macros: push opens a block that pop closes, so they must be
 * paired in the same block. The routine and argument live in the block; the library keeps its own
 * list to run them when the thread is cancelled or calls pthread_exit.
 */
void __threadlab_cleanup_push(void (*routine)(void *), void *arg);
void __threadlab_cleanup_pop(void);
#define pthread_cleanup_push(routine, arg) \
    do { \
        void (*__threadlab_cleanup_routine)(void *) = (routine); \
        void *__threadlab_cleanup_arg = (arg); \
        __threadlab_cleanup_push(__threadlab_cleanup_routine, __threadlab_cleanup_arg); \
        do {
#define pthread_cleanup_pop(execute) \
        } while (0); \
        __threadlab_cleanup_pop(); \
        if (execute) \
            __threadlab_cleanup_routine(__threadlab_cleanup_arg); \
    } while (0)

/*
 * A thread's end in C (see vm.lib.ThreadExitLib): pthread_exit, returning from the start routine
 * and acting on a cancellation call back into this loop over the cleanup handlers, then the key
 * destructors; __threadlab_exit_end ends the thread. An asynchronous cancellation makes its
 * target call __threadlab_cancel_async between two of its instructions.
 */
void (*__threadlab_exit_next(void **arg))(void *);
_Noreturn void __threadlab_exit_end(void);
static void __threadlab_thread_exit(void) {
    void (*call)(void *);
    void *arg;
    while ((call = __threadlab_exit_next(&arg)) != 0)
        call(arg);
    __threadlab_exit_end();
}
static void __threadlab_cancel_async(void) {
    pthread_exit(PTHREAD_CANCELED);
}

int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr);
int pthread_mutex_destroy(pthread_mutex_t *mutex);
int pthread_mutex_lock(pthread_mutex_t *mutex);
int pthread_mutex_trylock(pthread_mutex_t *mutex);
int pthread_mutex_timedlock(pthread_mutex_t *mutex, const struct timespec *abstime);
int pthread_mutex_unlock(pthread_mutex_t *mutex);
int pthread_mutexattr_init(pthread_mutexattr_t *attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *attr);
int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type);
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *attr, int protocol);
int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *attr, int *protocol);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared);

int pthread_cond_init(pthread_cond_t *cond, const pthread_condattr_t *attr);
int pthread_cond_destroy(pthread_cond_t *cond);
int pthread_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mutex);
int pthread_cond_timedwait(pthread_cond_t *cond, pthread_mutex_t *mutex, const struct timespec *abstime);
int pthread_cond_signal(pthread_cond_t *cond);
int pthread_cond_broadcast(pthread_cond_t *cond);
int pthread_condattr_init(pthread_condattr_t *attr);
int pthread_condattr_destroy(pthread_condattr_t *attr);
int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock_id);
int pthread_condattr_getclock(const pthread_condattr_t *attr, clockid_t *clock_id);

int pthread_rwlock_init(pthread_rwlock_t *rwlock, const pthread_rwlockattr_t *attr);
int pthread_rwlock_destroy(pthread_rwlock_t *rwlock);
int pthread_rwlock_rdlock(pthread_rwlock_t *rwlock);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *rwlock);
int pthread_rwlock_wrlock(pthread_rwlock_t *rwlock);
int pthread_rwlock_trywrlock(pthread_rwlock_t *rwlock);
int pthread_rwlock_unlock(pthread_rwlock_t *rwlock);
int pthread_rwlockattr_init(pthread_rwlockattr_t *attr);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr);

int pthread_barrier_init(pthread_barrier_t *barrier, const pthread_barrierattr_t *attr, unsigned int count);
int pthread_barrier_destroy(pthread_barrier_t *barrier);
int pthread_barrier_wait(pthread_barrier_t *barrier);
int pthread_barrierattr_init(pthread_barrierattr_t *attr);
int pthread_barrierattr_destroy(pthread_barrierattr_t *attr);

/* pthread_once in C: the routine is called back from the program (see vm.lib.OnceLib). */
int __threadlab_once_begin(pthread_once_t *once_control);
int __threadlab_once_end(pthread_once_t *once_control);
static int __threadlab_pthread_once(pthread_once_t *once_control, void (*init_routine)(void)) {
    int state;
    while ((state = __threadlab_once_begin(once_control)) == 2)
        ;
    if (state == 1) {
        init_routine();
        __threadlab_once_end(once_control);
    }
    return 0;
}
#define pthread_once __threadlab_pthread_once

/* QNX sleepon locks. */
int pthread_sleepon_lock(void);
int pthread_sleepon_unlock(void);
int pthread_sleepon_wait(const volatile void *addr);
int pthread_sleepon_signal(const volatile void *addr);
int pthread_sleepon_broadcast(const volatile void *addr);
#endif
