package org.threadlab.vm.interp;

/**
 * A library function implemented in Java (printf, malloc, pthread_mutex_lock, ...), called by the
 * BUILTIN instruction or through a builtin's function pointer. It reads its arguments from the
 * {@link BuiltinCall} and either
 * <ul>
 *   <li>returns the C result at once (the value is ignored for void functions; return 0), or</li>
 *   <li>makes exactly one kernel call as the last thing it does and announces it with
 *       {@link BuiltinCall#kernelCall(Completion)}; its return value is then ignored, and the
 *       completion computes the C result when the thread next runs (after the kernel call
 *       returned or, if it blocked, after the thread was woken); or</li>
 *   <li>calls back into C with {@link BuiltinCall#tailCall}: the C function's return value
 *       becomes the builtin's result (pthread_once, a library function that forwards to a user
 *       callback).</li>
 * </ul>
 * A builtin faults by throwing {@link org.threadlab.vm.FaultException} (memory accesses through
 * {@link BuiltinCall#memory()} do so by themselves). Every builtin call is one atomic step: the
 * thread is never preempted inside it.
 */
@FunctionalInterface
public interface Builtin {
    long call(BuiltinCall call);
}
