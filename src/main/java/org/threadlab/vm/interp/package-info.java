/**
 * The interpreter: {@link org.threadlab.vm.interp.Machine} owns one run (kernel, memory, program,
 * builtins, budgets) and reports a {@link org.threadlab.vm.interp.VmOutcome};
 * {@link org.threadlab.vm.interp.VmThread} runs one simulated thread as a kernel
 * {@code ThreadBody}; {@link org.threadlab.vm.interp.Builtin} is the interface the C library
 * implements, with {@link org.threadlab.vm.interp.BuiltinCall} as its view of a call and
 * {@link org.threadlab.vm.interp.Completion} to finish a call that entered the kernel.
 *
 * <h2>For the C library</h2>
 * <ul>
 *   <li>Register each library function by its C name in a
 *       {@link org.threadlab.vm.interp.BuiltinRegistry}; the program's BUILTIN operands name
 *       them and the machine resolves them once, at construction.</li>
 *   <li>A builtin is one atomic step. It returns its C result, or makes one kernel call last and
 *       returns {@code call.kernelCall(completion)} (the completion computes the result when the
 *       thread runs again: {@link org.threadlab.vm.interp.Completion#RESULT_CODE} for most
 *       pthread functions), or calls back into C with {@code call.tailCall(f, args...)}.</li>
 *   <li>pthread_create: {@code machine.startThread(call.self(), startRoutine, arg, attr)} (null
 *       when the thread budget is used: return EAGAIN), then store the tid and return
 *       {@code call.kernelCall(...)}. Returning from the start routine calls the registry's
 *       pthread_exit builtin and returning from main its exit builtin (the thread simply ends
 *       when the registry lacks them). A thread ends with
 *       {@code call.thread().exitThread(call.kernel(), value)}, the process with
 *       {@code call.kernel().exitProcess(call.self().process(), status)}.</li>
 *   <li>A completion may call back into C too ({@code call.tailCall}), and
 *       {@link org.threadlab.vm.interp.VmThread#callAtNextStep} makes another thread call a C
 *       function between two of its instructions (asynchronous cancellation).</li>
 *   <li>Output goes through {@code machine.writeOutput(bytes)}, which enforces the output budget.
 *       Heap functions take {@code call.site()} as the allocation site faults will name.</li>
 *   <li>A misuse the library detects is a fault: {@code throw new FaultException(kind, sentence)}
 *       (kind LIBRARY when no other fits); the interpreter adds the thread, the line of the call
 *       and the call stack, and the run ends with status FAULT.</li>
 *   <li>setjmp: {@code call.saveContext()} (keep the {@link org.threadlab.vm.interp.JumpContext},
 *       store a handle in the jmp_buf, return 0); longjmp: {@code call.longJump(context, value)}.</li>
 *   <li>Per-process and per-thread library state (the mutex table keyed by pthread_mutex_t
 *       address, errno, keys) hang off {@code machine.setLibraryState} and
 *       {@code thread.setLibraryState}.</li>
 * </ul>
 */
package org.threadlab.vm.interp;
