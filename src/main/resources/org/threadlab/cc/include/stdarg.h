/* ThreadLab stdarg.h: va_list is a pointer into the variadic area (see the VM's variadic ABI). */
#ifndef _STDARG_H
#define _STDARG_H
#ifndef __THREADLAB_VA_LIST
#define __THREADLAB_VA_LIST
typedef __builtin_va_list va_list;
#endif
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dst, src) __builtin_va_copy(dst, src)
#endif
