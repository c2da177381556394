/* ThreadLab strings.h. */
#ifndef _STRINGS_H
#define _STRINGS_H
#ifndef __THREADLAB_SIZE_T
#define __THREADLAB_SIZE_T
typedef unsigned long size_t;
#endif
int strcasecmp(const char *s1, const char *s2);
int strncasecmp(const char *s1, const char *s2, size_t n);
#endif
