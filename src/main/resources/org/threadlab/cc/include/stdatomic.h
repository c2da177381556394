/*
 * ThreadLab stdatomic.h: the generic operations over the GNU __atomic builtins; every atomic
 * operation is one step of the simulated machine, so all orders are sequentially consistent.
 */
#ifndef _STDATOMIC_H
#define _STDATOMIC_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
typedef enum {
    memory_order_relaxed = 0,
    memory_order_consume = 1,
    memory_order_acquire = 2,
    memory_order_release = 3,
    memory_order_acq_rel = 4,
    memory_order_seq_cst = 5
} memory_order;
typedef _Atomic _Bool atomic_bool;
typedef _Atomic char atomic_char;
typedef _Atomic signed char atomic_schar;
typedef _Atomic unsigned char atomic_uchar;
typedef _Atomic short atomic_short;
typedef _Atomic unsigned short atomic_ushort;
typedef _Atomic int atomic_int;
typedef _Atomic unsigned int atomic_uint;
typedef _Atomic long atomic_long;
typedef _Atomic unsigned long atomic_ulong;
typedef _Atomic long long atomic_llong;
typedef _Atomic unsigned long long atomic_ullong;
typedef _Atomic long atomic_intptr_t;
typedef _Atomic unsigned long atomic_uintptr_t;
typedef _Atomic unsigned long atomic_size_t;
typedef struct { _Bool __value; } atomic_flag;
#define ATOMIC_FLAG_INIT { 0 }
#define ATOMIC_VAR_INIT(value) (value)
#define atomic_init(obj, value) __atomic_store_n((obj), (value), 0)
#define kill_dependency(y) (y)
#define atomic_thread_fence(order) __atomic_thread_fence(order)
#define atomic_signal_fence(order) __atomic_signal_fence(order)
#define atomic_is_lock_free(obj) 1
#define atomic_store(obj, value) __atomic_store_n((obj), (value), 5)
#define atomic_store_explicit(obj, value, order) __atomic_store_n((obj), (value), (order))
#define atomic_load(obj) __atomic_load_n((obj), 5)
#define atomic_load_explicit(obj, order) __atomic_load_n((obj), (order))
#define atomic_exchange(obj, value) __atomic_exchange_n((obj), (value), 5)
#define atomic_exchange_explicit(obj, value, order) __atomic_exchange_n((obj), (value), (order))
#define atomic_compare_exchange_strong(obj, expected, desired) \
    __atomic_compare_exchange_n((obj), (expected), (desired), 0, 5, 5)
#define atomic_compare_exchange_weak(obj, expected, desired) \
    __atomic_compare_exchange_n((obj), (expected), (desired), 1, 5, 5)
#define atomic_compare_exchange_strong_explicit(obj, expected, desired, s, f) \
    __atomic_compare_exchange_n((obj), (expected), (desired), 0, (s), (f))
#define atomic_compare_exchange_weak_explicit(obj, expected, desired, s, f) \
    __atomic_compare_exchange_n((obj), (expected), (desired), 1, (s), (f))
#define atomic_fetch_add(obj, arg) __atomic_fetch_add((obj), (arg), 5)
#define atomic_fetch_sub(obj, arg) __atomic_fetch_sub((obj), (arg), 5)
#define atomic_fetch_or(obj, arg) __atomic_fetch_or((obj), (arg), 5)
#define atomic_fetch_xor(obj, arg) __atomic_fetch_xor((obj), (arg), 5)
#define atomic_fetch_and(obj, arg) __atomic_fetch_and((obj), (arg), 5)
#define atomic_fetch_add_explicit(obj, arg, order) __atomic_fetch_add((obj), (arg), (order))
#define atomic_fetch_sub_explicit(obj, arg, order) __atomic_fetch_sub((obj), (arg), (order))
#define atomic_fetch_or_explicit(obj, arg, order) __atomic_fetch_or((obj), (arg), (order))
#define atomic_fetch_xor_explicit(obj, arg, order) __atomic_fetch_xor((obj), (arg), (order))
#define atomic_fetch_and_explicit(obj, arg, order) __atomic_fetch_and((obj), (arg), (order))
#define atomic_flag_test_and_set(flag) __atomic_test_and_set(&(flag)->__value, 5)
#define atomic_flag_test_and_set_explicit(flag, order) __atomic_test_and_set(&(flag)->__value, (order))
#define atomic_flag_clear(flag) __atomic_clear(&(flag)->__value, 5)
#define atomic_flag_clear_explicit(flag, order) __atomic_clear(&(flag)->__value, (order))
#endif
