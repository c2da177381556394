/* Test-only: a built-in header that includes its sibling with quotes. */
#include "sibling.h"
int from_inner;
