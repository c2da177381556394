/* ThreadLab assert.h: a failed assertion ends the run, reported as an assertion failure. */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
void __assert_fail(const char *__assertion, const char *__file, unsigned int __line, const char *__function);
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
#ifndef static_assert
#define static_assert _Static_assert
#endif
