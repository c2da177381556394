/* Test-only built-in header: proves the classpath mechanism for <...> includes. */
#pragma once
#define THREADLAB_TEST_HEADER 1
#include "threadlab_test/inner.h"
int from_builtin_header;
