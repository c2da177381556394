package org.threadlab.vm.interp;

/**
 * Finishes a builtin that made a kernel call: runs at the start of the thread's next step and
 * returns the C result, usually from the kernel call's outcome ({@code call.self().result()},
 * {@code call.self().value()}). It may write memory (pthread_join storing the exit value through
 * its {@code retval} pointer); those writes are atomic with the resumption. It may call back into
 * C with {@link BuiltinCall#tailCall} (acting on a cancellation that woke the thread). Its
 * {@link BuiltinCall} has no arguments: capture what you need when you create it.
 */
@FunctionalInterface
public interface Completion {
    /** The kernel call's result code (0 or an errno value) as the C result: most pthread calls. */
    Completion RESULT_CODE = call -> call.self().result();

    long complete(BuiltinCall call);
}
