package org.threadlab.vm.interp;

import org.threadlab.cc.SourcePos;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.vm.FaultException;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.code.Function;
import org.threadlab.vm.mem.AddressSpace;

/**
 * What a {@link Builtin} sees of its call: the arguments (64-bit values in the VM's
 * representation: doubles as raw bits, float as raw float bits in the low 32), the memory, the
 * kernel, the calling thread and the call's source position. One instance per thread, reused for
 * every call, so a builtin must not keep it.
 */
public final class BuiltinCall {
    private final VmThread thread;
    private Kernel kernel;
    private SimThread self;
    private long[] stack;
    private int base;
    private int argc;
    private Function function;
    private int pc;
    private Completion completion;
    private int tailFunction = -1;
    private long[] tailArgs;
    private JumpContext jumpTarget;
    private long jumpValue;

    BuiltinCall(VmThread thread) {
        this.thread = thread;
    }

    void setup(Kernel kernel, SimThread self, long[] stack, int base, int argc, Function function, int pc) {
        this.kernel = kernel;
        this.self = self;
        this.stack = stack;
        this.base = base;
        this.argc = argc;
        this.function = function;
        this.pc = pc;
        this.completion = null;
        this.tailFunction = -1;
        this.tailArgs = null;
        this.jumpTarget = null;
    }

    /** Argument {@code i} (0-based); 0 for an argument the caller did not pass. */
    public long arg(int i) {
        return i < argc ? stack[base + i] : 0;
    }

    public double argDouble(int i) {
        return Double.longBitsToDouble(arg(i));
    }

    public int argCount() {
        return argc;
    }

    public AddressSpace memory() {
        return thread.machine().memory();
    }

    public Machine machine() {
        return thread.machine();
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The calling thread as the kernel knows it. */
    public SimThread self() {
        return self;
    }

    public VmThread thread() {
        return thread;
    }

    /** Where the call is in the C source, or null. */
    public SourcePos pos() {
        return function.posAt(pc);
    }

    /** "prog.c:12", for heap block descriptions; "?" when unknown. One shared string per call site. */
    public String site() {
        return function.lines.siteAt(pc);
    }

    /**
     * Announces that the builtin has just made its one kernel call; {@code completion} computes the
     * C result when the thread runs again. Returns 0 so a builtin can {@code return
     * call.kernelCall(...)}.
     */
    public long kernelCall(Completion completion) {
        if (completion == null) {
            throw new IllegalArgumentException("completion must not be null");
        }
        if (tailFunction >= 0) {
            throw new IllegalStateException("a builtin cannot both call back into C and make a kernel call");
        }
        this.completion = completion;
        return 0;
    }

    /** The completion announced by {@link #kernelCall} during this call, or null (for wrappers of builtins). */
    public Completion completion() {
        return completion;
    }

    /**
     * Calls back into C: when the builtin returns, the thread calls the function at
     * {@code functionAddress} with {@code args}, and that function's return value becomes the
     * builtin's result (pthread_once's init routine, a library function that forwards to a user
     * callback). Faults when the address is not a function. Not combinable with a kernel call. A
     * {@link Completion} may call it too: the function is then called as the thread resumes.
     * Returns 0 so a builtin can {@code return call.tailCall(...)}.
     */
    public long tailCall(long functionAddress, long... args) {
        if (completion != null) {
            throw new IllegalStateException("a builtin cannot both make a kernel call and call back into C");
        }
        int f = thread.machine().functionAt(functionAddress);
        if (f < 0) {
            throw new FaultException(FaultKind.INVALID_FUNCTION_POINTER, "call through an invalid function pointer",
                    functionAddress);
        }
        tailFunction = f;
        tailArgs = args.clone();
        return 0;
    }

    /**
     * setjmp: the point this call returns to, so a later {@link #longJump} can return there again.
     * The builtin returns 0 itself; the library keeps the context and stores a handle in the
     * jmp_buf.
     */
    public JumpContext saveContext() {
        return thread.captureContext(base);
    }

    /**
     * longjmp: when the builtin returns, the thread unwinds to {@code target} and its setjmp
     * returns {@code value} (1 when {@code value} is 0, as C requires). Faults (LIBRARY) if the
     * setjmp's function has returned. Returns 0 so a builtin can {@code return call.longJump(...)}.
     */
    public long longJump(JumpContext target, long value) {
        if (completion != null || tailFunction >= 0) {
            throw new IllegalStateException("longjmp cannot be combined with a kernel call or a callback");
        }
        this.jumpTarget = target;
        this.jumpValue = value == 0 ? 1 : value;
        return 0;
    }

    JumpContext jumpTarget() {
        return jumpTarget;
    }

    long jumpValue() {
        return jumpValue;
    }

    int tailFunction() {
        return tailFunction;
    }

    long[] tailArgs() {
        return tailArgs;
    }

    /**
     * The fault {@code kind} with {@code message}, for a library function's misuse checks:
     * {@code throw call.fault(FaultKind.LIBRARY, "pthread_mutex_unlock of a mutex this thread does not own")}.
     */
    public FaultException fault(FaultKind kind, String message) {
        return new FaultException(kind, message);
    }
}
