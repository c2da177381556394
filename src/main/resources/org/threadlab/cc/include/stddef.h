/* ThreadLab stddef.h (LP64). */
#ifndef _STDDEF_H
#define _STDDEF_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
#ifndef __THREADLAB_PTRDIFF_T
#define __THREADLAB_PTRDIFF_T
typedef long ptrdiff_t;
#endif
#ifndef __THREADLAB_WCHAR_T
#define __THREADLAB_WCHAR_T
typedef int wchar_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif
