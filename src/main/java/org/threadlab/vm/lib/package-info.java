/**
 * The C library student programs call: each C function is a {@link org.threadlab.vm.interp.Builtin}
 * registered under its C name by {@link org.threadlab.vm.lib.StandardLibrary}, one class per
 * header (PthreadLib, StdioLib, StringLib, ...). The matching declarations are the built-in
 * headers under {@code src/main/resources/org/threadlab/cc/include/}.
 *
 * <ul>
 *   <li>Per-run state ({@link org.threadlab.vm.lib.LibState}: the tables from the addresses of
 *       pthread objects to kernel objects, the {@link org.threadlab.vm.lib.Output} streams, the
 *       rand state) hangs off the machine's library state; per-thread state (errno) off the
 *       thread's ({@link org.threadlab.vm.lib.ThreadLib}).</li>
 *   <li>A pthread object in memory becomes a kernel object on first use, keyed by its address,
 *       so zeroed memory (PTHREAD_MUTEX_INITIALIZER) is a default object.</li>
 *   <li>Time is the kernel's simulated clock: {@link org.threadlab.vm.lib.SimClock#TICKS_PER_SECOND}
 *       ticks a second.</li>
 *   <li>{@link org.threadlab.vm.lib.PrintfFormat} is C's printf formatting, byte for byte as glibc.</li>
 *   <li>Results follow POSIX: pthread functions return 0 or an errno value; sem_*, clock_gettime
 *       and friends return -1 and set the calling thread's errno. A misuse the library can
 *       detect is a fault at the call (memory faults of bad pointers, output to a bad FILE).</li>
 *   <li>Some functions are C in their header, with builtins for the kernel halves:
 *       pthread_once ({@code OnceLib}) and sys/dispatch.h's thread pools ({@code PoolLib}, whose
 *       pool threads the kernel's ThreadPool creates, running the header's worker loop).</li>
 *   <li>assert and __VERIFIER_assert fail with a LIBRARY fault whose message starts with
 *       "assertion failed: "; exit(status) ends the process with that status after its atexit
 *       handlers ({@link org.threadlab.vm.lib.ExitLib}).</li>
 *   <li>Library functions that call back into the program (atexit handlers, cleanup handlers, key
 *       destructors, pthread_once's routine) loop in C in the headers and ask small
 *       {@code __threadlab_*} builtins what to call next.</li>
 *   <li>SV-COMP ({@code VerifierLib}): each __VERIFIER_nondet_* value is taken from the kernel's
 *       chooser (NONDET choice points), so it is recorded and replayed with the schedule;
 *       __VERIFIER_atomic_begin/_end are the kernel's atomic sections.</li>
 * </ul>
 */
package org.threadlab.vm.lib;
