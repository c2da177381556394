package org.threadlab.vm.interp;

import static org.threadlab.vm.interp.Arith.doubleBits;
import static org.threadlab.vm.interp.Arith.floatBits;
import static org.threadlab.vm.interp.Arith.toDouble;
import static org.threadlab.vm.interp.Arith.toFloat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.threadlab.cc.SourcePos;
import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.StateDigest;
import org.threadlab.kernel.StepEnd;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.vm.Fault;
import org.threadlab.vm.FaultException;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.code.Function;
import org.threadlab.vm.code.Op;
import org.threadlab.vm.mem.AddressSpace;
import org.threadlab.vm.mem.Segment;
import org.threadlab.vm.mem.SegmentKind;

/**
 * Overview: one simulated thread of a C program, run by the kernel as a {@link ThreadBody}.
 *
 * <p>State: the current function, pc, an operand stack ({@code long[]}, shared by all frames:
 * a call's arguments are the caller's top values), a slot stack ({@code long[]}: each frame's
 * register-held locals above its caller's) and the frame memory on the thread's own stack
 * segment. Caller frames are saved in parallel arrays, so a call allocates nothing once the
 * arrays have grown to the deepest recursion.
 *
 * <p>Steps: {@link #step} runs instructions while they are thread-local and stops right after
 * the first shared memory access (any segment but this thread's own stack, or its own stack once
 * another thread touched it), after any builtin (the one place a kernel call happens, which the
 * kernel requires to be last in a step), or when the CPU's tick budget is used. It returns the
 * instructions executed, all counted against the machine's instruction budget.
 *
 * <p>{@link #run} is the hot loop: one switch over int opcodes, locals for pc, sp and the arrays,
 * no allocation per instruction. It is the deliberate exception to the ~600-line file rule.
 */
public final class VmThread implements ThreadBody {
    private static final int FRAME_OVERHEAD = 16; // a real frame's return address and saved frame pointer
    /** Bytes each load and store opcode accesses, indexed by opcode. */
    private static final int[] WIDTH = new int[Op.COUNT];

    static {
        WIDTH[Op.LOAD_I8] = 1;
        WIDTH[Op.LOAD_U8] = 1;
        WIDTH[Op.LOAD_I16] = 2;
        WIDTH[Op.LOAD_U16] = 2;
        WIDTH[Op.LOAD_I32] = 4;
        WIDTH[Op.LOAD_U32] = 4;
        WIDTH[Op.LOAD_I64] = 8;
        WIDTH[Op.STORE_8] = 1;
        WIDTH[Op.STORE_16] = 2;
        WIDTH[Op.STORE_32] = 4;
        WIDTH[Op.STORE_64] = 8;
    }

    private final Machine machine;
    private final AddressSpace mem;
    private final Function[] functions;
    private final long[] constants;
    private final int callDepthLimit;
    private final BuiltinCall call = new BuiltinCall(this);
    private Function entry;
    private long[] entryArgs;

    private SimThread sim;
    private int tid;
    private int stackId;
    private Segment stackSeg;
    private boolean finished;
    private StepEnd lastStepEnd = StepEnd.LOCAL;
    /** Where the visible operation that ended the last step is: its function and pc. */
    private Function lastOpFn;
    private int lastOpPc;

    // The current frame.
    private Function fn;
    private int[] code;
    private int pc;
    private long[] stack;
    private int sp;
    private int spBase;
    private long[] slots;
    private int slotBase;
    private int frameBase;
    private int vaBase;
    private int stackTop;
    private int depth;
    /** Entry serial of the current frame (a count of frames ever entered), for longjmp's check. */
    private long frameSerial;
    private long frameSerials;

    // Saved caller frames, index 0 = the thread's first frame.
    private Function[] savedFn;
    private int[] savedPc;
    private int[] savedSpBase;
    private int[] savedSlotBase;
    private int[] savedFrameBase;
    private int[] savedVaBase;
    private int[] savedStackTop;
    private long[] savedFrameSerial;

    /**
     * True while the operand stack, slots and saved frames are shared with a snapshot copy
     * ({@link Machine#copy}); only a step writes them, and it copies them first.
     */
    private boolean arraysShared;
    private Completion pending;
    /** A C function to call at the start of the next step (asynchronous cancellation), or -1. */
    private int interjection = -1;
    private long[] interjectionArgs;
    /** The C library's per-thread state (errno, cleanup handlers, thread-specific data), or null. */
    private Object libraryState;
    /**
     * True for a scratch thread that evaluates a function without side effects ({@link #evaluate}):
     * it may read any memory, but a write outside its own stack or a library call faults, and its
     * reads notify no listener and mark no stack shared.
     */
    private boolean pure;
    /** A pure thread's result, once its function returned. */
    private long pureResult;

    VmThread(Machine machine, Function entry, long[] args, int argc) {
        this.machine = machine;
        this.mem = machine.memory();
        this.functions = machine.functionTable();
        this.constants = machine.constantTable();
        this.callDepthLimit = machine.config().callDepth();
        this.entry = entry;
        this.entryArgs = Arrays.copyOf(args, argc);
        // Allocated here, not where declared, so the copy constructor allocates each array once.
        this.stack = new long[64];
        this.slots = new long[64];
        this.savedFn = new Function[16];
        this.savedPc = new int[16];
        this.savedSpBase = new int[16];
        this.savedSlotBase = new int[16];
        this.savedFrameBase = new int[16];
        this.savedVaBase = new int[16];
        this.savedStackTop = new int[16];
        this.savedFrameSerial = new long[16];
    }

    /**
     * {@code from}'s copy in {@code machine}, a snapshot copy ({@link Machine#copy}) whose memory
     * already exists: its frames, operand stack (shared until either steps), pending call and
     * library state; {@code sim} is the copy of its kernel thread.
     */
    VmThread(VmThread from, Machine machine, SimThread sim) {
        this.machine = machine;
        this.mem = machine.memory();
        this.functions = from.functions;
        this.constants = from.constants;
        this.callDepthLimit = from.callDepthLimit;
        this.entry = from.entry;
        this.entryArgs = from.entryArgs == null ? null : from.entryArgs.clone();
        this.sim = sim;
        this.tid = from.tid;
        this.stackId = from.stackId;
        this.stackSeg = from.stackSeg == null ? null : mem.segment(stackId);
        this.finished = from.finished;
        this.lastStepEnd = from.lastStepEnd;
        this.lastOpFn = from.lastOpFn;
        this.lastOpPc = from.lastOpPc;
        this.fn = from.fn;
        this.code = from.code;
        this.pc = from.pc;
        this.stack = from.stack;
        this.sp = from.sp;
        this.spBase = from.spBase;
        this.slots = from.slots;
        this.slotBase = from.slotBase;
        this.frameBase = from.frameBase;
        this.vaBase = from.vaBase;
        this.stackTop = from.stackTop;
        this.depth = from.depth;
        this.frameSerial = from.frameSerial;
        this.frameSerials = from.frameSerials;
        this.savedFn = from.savedFn;
        this.savedPc = from.savedPc;
        this.savedSpBase = from.savedSpBase;
        this.savedSlotBase = from.savedSlotBase;
        this.savedFrameBase = from.savedFrameBase;
        this.savedVaBase = from.savedVaBase;
        this.savedStackTop = from.savedStackTop;
        this.savedFrameSerial = from.savedFrameSerial;
        // Copy on write: both share the frame arrays until one of them steps.
        this.arraysShared = true;
        from.arraysShared = true;
        this.pending = Completions.requireCopyable(from.pending);
        this.interjection = from.interjection;
        this.interjectionArgs = from.interjectionArgs == null ? null : from.interjectionArgs.clone();
        this.pure = from.pure;
        this.pureResult = from.pureResult;
    }

    private void ownArrays() {
        stack = stack.clone();
        slots = slots.clone();
        savedFn = savedFn.clone();
        savedPc = savedPc.clone();
        savedSpBase = savedSpBase.clone();
        savedSlotBase = savedSlotBase.clone();
        savedFrameBase = savedFrameBase.clone();
        savedVaBase = savedVaBase.clone();
        savedStackTop = savedStackTop.clone();
        savedFrameSerial = savedFrameSerial.clone();
        arraysShared = false;
    }

    /** Copies the library state after the kernel copy is complete (it may point at kernel objects). */
    void copyLibraryState(VmThread from, MachineCopy c) {
        libraryState = Machine.copyState(from.libraryState, c);
    }

    SimThread simThread() {
        return sim;
    }

    /** Called once the kernel has created the thread and its stack segment exists. */
    void bind(SimThread t, int stackSegment) {
        this.sim = t;
        this.tid = t.tid();
        this.stackId = stackSegment;
        this.stackSeg = mem.segment(stackSegment);
    }

    /**
     * A scratch thread that will run {@code function} (no arguments) on the scratch stack
     * {@code stackSegment}, for {@link Machine#evaluate}.
     */
    static VmThread scratch(Machine machine, Function function, int stackSegment) {
        VmThread t = new VmThread(machine, function, new long[0], 0);
        t.pure = true;
        t.stackId = stackSegment;
        t.stackSeg = machine.memory().segment(stackSegment);
        return t;
    }

    /**
     * Runs a {@link #scratch} thread's function to its return and gives its value, executing at
     * most {@code limit} instructions, charged to no budget and seen by no kernel or listener.
     * Throws FaultException for a fault, a write outside its stack, a library call, or the limit.
     */
    long evaluate(Kernel kernel, int limit) {
        begin();
        int used = 0;
        while (!finished) {
            if (used >= limit) {
                throw new FaultException(FaultKind.BUDGET, "it did not finish within " + limit + " instructions");
            }
            used += run(kernel, null, limit - used);
        }
        return pureResult;
    }

    private FaultException impure(String what, long address) {
        return new FaultException(FaultKind.LIBRARY, "it " + what + " (an invariant must only read memory)", address);
    }

    @Override
    public int step(Kernel kernel, SimThread self) {
        if (finished) {
            throw new IllegalStateException("thread " + tid + " stepped after it finished");
        }
        if (arraysShared) {
            ownArrays();
        }
        long left = machine.instructionsLeft();
        if (left <= 0) {
            machine.fault(new Fault(FaultKind.BUDGET, "instruction budget of " + machine.config().instructions()
                    + " exceeded", tid, currentPos(), 0, backtrace()));
            return 1;
        }
        int limit = (int) Math.min(kernel.tickBudgetLeft(), left);
        if (entry != null) {
            SourcePos start = entry.posAt(0);
            try {
                begin();
            } catch (FaultException e) {
                machine.fault(new Fault(e.kind(), e.getMessage(), tid, start, e.address(),
                        start == null ? List.of() : List.of(start)));
                return 1;
            }
        }
        if (pending != null) {
            SourcePos at = currentPos();
            try {
                resume(kernel, self);
            } catch (FaultException e) {
                List<SourcePos> calls = backtrace();
                if (!calls.isEmpty()) {
                    calls.set(0, at);
                }
                machine.fault(new Fault(e.kind(), e.getMessage(), tid, at, e.address(), calls));
                return 1;
            }
            if (!self.isAlive()) { // the completion ended the thread or the process
                machine.charge(1);
                return 1;
            }
        }
        if (interjection >= 0) {
            try {
                interject();
            } catch (FaultException e) {
                machine.fault(new Fault(e.kind(), e.getMessage(), tid, currentPos(), e.address(), backtrace()));
                return 1;
            }
        }
        int used = run(kernel, self, limit);
        machine.charge(used);
        return used;
    }

    private void begin() {
        Function f = entry;
        long[] args = entryArgs;
        entry = null;
        entryArgs = null;
        System.arraycopy(args, 0, stack, 0, args.length);
        sp = args.length;
        enter(f, args.length);
    }

    private void resume(Kernel kernel, SimThread self) {
        Completion c = pending;
        pending = null;
        call.setup(kernel, self, stack, sp, 0, fn, pc - 1);
        long result = c.complete(call);
        if (call.tailFunction() >= 0) {
            enterTail();
        } else {
            stack[sp++] = result;
        }
    }

    /** Calls the function {@link #callAtNextStep} named, between two instructions of this thread. */
    private void interject() {
        int f = interjection;
        long[] args = interjectionArgs;
        interjection = -1;
        interjectionArgs = null;
        pushArgs(args);
        enter(functions[f], args.length);
    }

    @Override
    public StepEnd lastStepEnd() {
        return lastStepEnd;
    }

    /** Executes up to {@code limit} instructions (at least one); returns how many ran. */
    private int run(Kernel kernel, SimThread self, int limit) {
        lastStepEnd = StepEnd.LOCAL;
        final AddressSpace mem = this.mem;
        final long[] constants = this.constants;
        final int ownStack = this.stackId;
        final Segment own = this.stackSeg;
        int[] code = this.code;
        long[] stack = this.stack;
        long[] slots = this.slots;
        int pc = this.pc;
        int sp = this.sp;
        int slotBase = this.slotBase;
        int count = 0;
        int opPc = pc;
        try {
            loop:
            while (count < limit) {
                opPc = pc;
                count++;
                switch (code[pc++]) {
                    case Op.NOP -> { }
                    case Op.CONST -> stack[sp++] = code[pc++];
                    case Op.CONST_WIDE -> stack[sp++] = constants[code[pc++]];
                    case Op.POP -> sp--;
                    case Op.DUP -> {
                        stack[sp] = stack[sp - 1];
                        sp++;
                    }
                    case Op.SWAP -> {
                        long t = stack[sp - 1];
                        stack[sp - 1] = stack[sp - 2];
                        stack[sp - 2] = t;
                    }
                    case Op.OVER -> {
                        stack[sp] = stack[sp - 2];
                        sp++;
                    }
                    case Op.LOAD_SLOT -> stack[sp++] = slots[slotBase + code[pc++]];
                    case Op.STORE_SLOT -> slots[slotBase + code[pc++]] = stack[--sp];
                    case Op.FRAME_ADDR -> stack[sp++] = AddressSpace.address(ownStack, frameBase + code[pc++]);
                    case Op.GLOBAL_ADDR -> stack[sp++] = machine.globalAddress(code[pc++]);
                    case Op.STRING_ADDR -> stack[sp++] = machine.stringAddress(code[pc++]);
                    case Op.FUNC_ADDR -> stack[sp++] = Machine.functionAddress(code[pc++]);
                    case Op.BUILTIN_ADDR -> stack[sp++] = Machine.builtinAddress(code[pc++]);
                    case Op.VA_START -> stack[sp++] = AddressSpace.address(ownStack, vaBase);
                    case Op.ALLOCA -> stack[sp - 1] = alloca(stack[sp - 1]);
                    case Op.STACK_SAVE -> stack[sp++] = stackTop;
                    case Op.STACK_RESTORE -> restoreStack(stack[--sp]);
                    case Op.LOAD_I8, Op.LOAD_U8, Op.LOAD_I16, Op.LOAD_U16, Op.LOAD_I32, Op.LOAD_U32, Op.LOAD_I64 -> {
                        long a = stack[sp - 1];
                        stack[sp - 1] = load(mem, code[opPc], a);
                        if ((int) (a >>> 32) != ownStack || own.isShared()) {
                            noteShared(opPc, a, WIDTH[code[opPc]], false);
                            break loop;
                        }
                    }
                    case Op.STORE_8, Op.STORE_16, Op.STORE_32, Op.STORE_64 -> {
                        long v = stack[--sp];
                        long a = stack[--sp];
                        if ((int) (a >>> 32) != ownStack || own.isShared()) {
                            if (pure) {
                                throw impure("writes memory", a);
                            }
                            store(mem, code[opPc], a, v);
                            noteShared(opPc, a, WIDTH[code[opPc]], true);
                            break loop;
                        }
                        store(mem, code[opPc], a, v);
                    }
                    case Op.STRUCT_COPY -> {
                        long src = stack[--sp];
                        long dst = stack[--sp];
                        int n = code[pc++];
                        if (pure && (int) (dst >>> 32) != ownStack) {
                            throw impure("writes memory", dst);
                        }
                        mem.copy(dst, src, n & 0xFFFF_FFFFL);
                        boolean shared = (int) (dst >>> 32) != ownStack || (int) (src >>> 32) != ownStack || own.isShared();
                        if (shared) {
                            noteShared(opPc, src, n, false);
                            noteShared(opPc, dst, n, true);
                            break loop;
                        }
                    }
                    case Op.ZERO -> {
                        long dst = stack[--sp];
                        int n = code[pc++];
                        if (pure && (int) (dst >>> 32) != ownStack) {
                            throw impure("writes memory", dst);
                        }
                        mem.fill(dst, 0, n & 0xFFFF_FFFFL);
                        if ((int) (dst >>> 32) != ownStack || own.isShared()) {
                            noteShared(opPc, dst, n, true);
                            break loop;
                        }
                    }
                    case Op.ADD_I32 -> {
                        sp--;
                        stack[sp - 1] = (int) (stack[sp - 1] + stack[sp]);
                    }
                    case Op.SUB_I32 -> {
                        sp--;
                        stack[sp - 1] = (int) (stack[sp - 1] - stack[sp]);
                    }
                    case Op.MUL_I32 -> {
                        sp--;
                        stack[sp - 1] = (int) stack[sp - 1] * (int) stack[sp];
                    }
                    case Op.DIV_I32 -> {
                        sp--;
                        stack[sp - 1] = Arith.divI32(stack[sp - 1], stack[sp]);
                    }
                    case Op.DIV_U32 -> {
                        sp--;
                        stack[sp - 1] = Arith.divU32(stack[sp - 1], stack[sp]);
                    }
                    case Op.REM_I32 -> {
                        sp--;
                        stack[sp - 1] = Arith.remI32(stack[sp - 1], stack[sp]);
                    }
                    case Op.REM_U32 -> {
                        sp--;
                        stack[sp - 1] = Arith.remU32(stack[sp - 1], stack[sp]);
                    }
                    case Op.NEG_I32 -> stack[sp - 1] = -(int) stack[sp - 1];
                    case Op.SHL_I32 -> {
                        sp--;
                        stack[sp - 1] = (int) stack[sp - 1] << (int) stack[sp];
                    }
                    case Op.SHR_I32 -> {
                        sp--;
                        stack[sp - 1] = (int) stack[sp - 1] >> (int) stack[sp];
                    }
                    case Op.SHR_U32 -> {
                        sp--;
                        stack[sp - 1] = (int) stack[sp - 1] >>> (int) stack[sp];
                    }
                    case Op.ADD_I64 -> {
                        sp--;
                        stack[sp - 1] += stack[sp];
                    }
                    case Op.SUB_I64 -> {
                        sp--;
                        stack[sp - 1] -= stack[sp];
                    }
                    case Op.MUL_I64 -> {
                        sp--;
                        stack[sp - 1] *= stack[sp];
                    }
                    case Op.DIV_I64 -> {
                        sp--;
                        stack[sp - 1] = Arith.divI64(stack[sp - 1], stack[sp]);
                    }
                    case Op.DIV_U64 -> {
                        sp--;
                        stack[sp - 1] = Arith.divU64(stack[sp - 1], stack[sp]);
                    }
                    case Op.REM_I64 -> {
                        sp--;
                        stack[sp - 1] = Arith.remI64(stack[sp - 1], stack[sp]);
                    }
                    case Op.REM_U64 -> {
                        sp--;
                        stack[sp - 1] = Arith.remU64(stack[sp - 1], stack[sp]);
                    }
                    case Op.NEG_I64 -> stack[sp - 1] = -stack[sp - 1];
                    case Op.SHL_I64 -> {
                        sp--;
                        stack[sp - 1] <<= (int) stack[sp];
                    }
                    case Op.SHR_I64 -> {
                        sp--;
                        stack[sp - 1] >>= (int) stack[sp];
                    }
                    case Op.SHR_U64 -> {
                        sp--;
                        stack[sp - 1] >>>= (int) stack[sp];
                    }
                    case Op.AND -> {
                        sp--;
                        stack[sp - 1] &= stack[sp];
                    }
                    case Op.OR -> {
                        sp--;
                        stack[sp - 1] |= stack[sp];
                    }
                    case Op.XOR -> {
                        sp--;
                        stack[sp - 1] ^= stack[sp];
                    }
                    case Op.NOT -> stack[sp - 1] = ~stack[sp - 1];
                    case Op.LNOT -> stack[sp - 1] = stack[sp - 1] == 0 ? 1 : 0;
                    case Op.EQ -> {
                        sp--;
                        stack[sp - 1] = stack[sp - 1] == stack[sp] ? 1 : 0;
                    }
                    case Op.NE -> {
                        sp--;
                        stack[sp - 1] = stack[sp - 1] != stack[sp] ? 1 : 0;
                    }
                    case Op.LT -> {
                        sp--;
                        stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0;
                    }
                    case Op.LE -> {
                        sp--;
                        stack[sp - 1] = stack[sp - 1] <= stack[sp] ? 1 : 0;
                    }
                    case Op.GT -> {
                        sp--;
                        stack[sp - 1] = stack[sp - 1] > stack[sp] ? 1 : 0;
                    }
                    case Op.GE -> {
                        sp--;
                        stack[sp - 1] = stack[sp - 1] >= stack[sp] ? 1 : 0;
                    }
                    case Op.LT_U -> {
                        sp--;
                        stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) < 0 ? 1 : 0;
                    }
                    case Op.LE_U -> {
                        sp--;
                        stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) <= 0 ? 1 : 0;
                    }
                    case Op.GT_U -> {
                        sp--;
                        stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) > 0 ? 1 : 0;
                    }
                    case Op.GE_U -> {
                        sp--;
                        stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) >= 0 ? 1 : 0;
                    }
                    case Op.SEXT8 -> stack[sp - 1] = (byte) stack[sp - 1];
                    case Op.SEXT16 -> stack[sp - 1] = (short) stack[sp - 1];
                    case Op.SEXT32 -> stack[sp - 1] = (int) stack[sp - 1];
                    case Op.ZEXT8 -> stack[sp - 1] &= 0xFFL;
                    case Op.ZEXT16 -> stack[sp - 1] &= 0xFFFFL;
                    case Op.ZEXT32 -> stack[sp - 1] &= 0xFFFF_FFFFL;
                    case Op.ADD_F64 -> {
                        sp--;
                        stack[sp - 1] = doubleBits(toDouble(stack[sp - 1]) + toDouble(stack[sp]));
                    }
                    case Op.SUB_F64 -> {
                        sp--;
                        stack[sp - 1] = doubleBits(toDouble(stack[sp - 1]) - toDouble(stack[sp]));
                    }
                    case Op.MUL_F64 -> {
                        sp--;
                        stack[sp - 1] = doubleBits(toDouble(stack[sp - 1]) * toDouble(stack[sp]));
                    }
                    case Op.DIV_F64 -> {
                        sp--;
                        stack[sp - 1] = doubleBits(toDouble(stack[sp - 1]) / toDouble(stack[sp]));
                    }
                    case Op.NEG_F64 -> stack[sp - 1] ^= Long.MIN_VALUE;
                    case Op.EQ_F64 -> {
                        sp--;
                        stack[sp - 1] = toDouble(stack[sp - 1]) == toDouble(stack[sp]) ? 1 : 0;
                    }
                    case Op.NE_F64 -> {
                        sp--;
                        stack[sp - 1] = toDouble(stack[sp - 1]) != toDouble(stack[sp]) ? 1 : 0;
                    }
                    case Op.LT_F64 -> {
                        sp--;
                        stack[sp - 1] = toDouble(stack[sp - 1]) < toDouble(stack[sp]) ? 1 : 0;
                    }
                    case Op.LE_F64 -> {
                        sp--;
                        stack[sp - 1] = toDouble(stack[sp - 1]) <= toDouble(stack[sp]) ? 1 : 0;
                    }
                    case Op.GT_F64 -> {
                        sp--;
                        stack[sp - 1] = toDouble(stack[sp - 1]) > toDouble(stack[sp]) ? 1 : 0;
                    }
                    case Op.GE_F64 -> {
                        sp--;
                        stack[sp - 1] = toDouble(stack[sp - 1]) >= toDouble(stack[sp]) ? 1 : 0;
                    }
                    case Op.ADD_F32 -> {
                        sp--;
                        stack[sp - 1] = floatBits(toFloat(stack[sp - 1]) + toFloat(stack[sp]));
                    }
                    case Op.SUB_F32 -> {
                        sp--;
                        stack[sp - 1] = floatBits(toFloat(stack[sp - 1]) - toFloat(stack[sp]));
                    }
                    case Op.MUL_F32 -> {
                        sp--;
                        stack[sp - 1] = floatBits(toFloat(stack[sp - 1]) * toFloat(stack[sp]));
                    }
                    case Op.DIV_F32 -> {
                        sp--;
                        stack[sp - 1] = floatBits(toFloat(stack[sp - 1]) / toFloat(stack[sp]));
                    }
                    case Op.NEG_F32 -> stack[sp - 1] = floatBits(-toFloat(stack[sp - 1]));
                    case Op.EQ_F32 -> {
                        sp--;
                        stack[sp - 1] = toFloat(stack[sp - 1]) == toFloat(stack[sp]) ? 1 : 0;
                    }
                    case Op.NE_F32 -> {
                        sp--;
                        stack[sp - 1] = toFloat(stack[sp - 1]) != toFloat(stack[sp]) ? 1 : 0;
                    }
                    case Op.LT_F32 -> {
                        sp--;
                        stack[sp - 1] = toFloat(stack[sp - 1]) < toFloat(stack[sp]) ? 1 : 0;
                    }
                    case Op.LE_F32 -> {
                        sp--;
                        stack[sp - 1] = toFloat(stack[sp - 1]) <= toFloat(stack[sp]) ? 1 : 0;
                    }
                    case Op.GT_F32 -> {
                        sp--;
                        stack[sp - 1] = toFloat(stack[sp - 1]) > toFloat(stack[sp]) ? 1 : 0;
                    }
                    case Op.GE_F32 -> {
                        sp--;
                        stack[sp - 1] = toFloat(stack[sp - 1]) >= toFloat(stack[sp]) ? 1 : 0;
                    }
                    case Op.I64_TO_F64 -> stack[sp - 1] = doubleBits(stack[sp - 1]);
                    case Op.U64_TO_F64 -> stack[sp - 1] = doubleBits(Arith.u64ToF64(stack[sp - 1]));
                    case Op.F64_TO_I64 -> stack[sp - 1] = (long) toDouble(stack[sp - 1]);
                    case Op.F64_TO_U64 -> stack[sp - 1] = Arith.f64ToU64(toDouble(stack[sp - 1]));
                    case Op.I64_TO_F32 -> stack[sp - 1] = floatBits(stack[sp - 1]);
                    case Op.U64_TO_F32 -> stack[sp - 1] = floatBits(Arith.u64ToF32(stack[sp - 1]));
                    case Op.F32_TO_I64 -> stack[sp - 1] = (long) toFloat(stack[sp - 1]);
                    case Op.F32_TO_U64 -> stack[sp - 1] = Arith.f64ToU64(toFloat(stack[sp - 1]));
                    case Op.F32_TO_F64 -> stack[sp - 1] = doubleBits(toFloat(stack[sp - 1]));
                    case Op.F64_TO_F32 -> stack[sp - 1] = floatBits((float) toDouble(stack[sp - 1]));
                    case Op.JUMP -> pc = code[pc];
                    case Op.JUMP_IF_ZERO -> pc = stack[--sp] == 0 ? code[pc] : pc + 1;
                    case Op.JUMP_IF_NOT_ZERO -> pc = stack[--sp] != 0 ? code[pc] : pc + 1;
                    case Op.TABLE_SWITCH -> {
                        long index = stack[--sp] - code[pc];
                        pc = index >= 0 && index < code[pc + 1] ? code[pc + 3 + (int) index] : code[pc + 2];
                    }
                    case Op.LOOKUP_SWITCH -> pc = lookup(code, pc, stack[--sp]);
                    case Op.CALL -> {
                        Function f = functions[code[pc]];
                        int argc = code[pc + 1];
                        this.pc = pc + 2;
                        this.sp = sp;
                        enter(f, argc);
                        code = this.code;
                        stack = this.stack;
                        slots = this.slots;
                        pc = this.pc;
                        sp = this.sp;
                        slotBase = this.slotBase;
                    }
                    case Op.CALL_INDIRECT -> {
                        int argc = code[pc++];
                        long target = stack[--sp];
                        int offset = (int) target;
                        if ((int) (target >>> 32) == AddressSpace.CODE_SEGMENT && offset >= 0 && offset < functions.length) {
                            this.pc = pc;
                            this.sp = sp;
                            enter(functions[offset], argc);
                            code = this.code;
                            stack = this.stack;
                            slots = this.slots;
                            pc = this.pc;
                            sp = this.sp;
                            slotBase = this.slotBase;
                        } else if ((int) (target >>> 32) == AddressSpace.CODE_SEGMENT && offset >= Op.BUILTIN_BASE
                                && offset - Op.BUILTIN_BASE < machine.builtinCount()) {
                            this.pc = pc;
                            this.sp = sp;
                            callBuiltin(kernel, self, offset - Op.BUILTIN_BASE, argc, opPc);
                            pc = this.pc;
                            sp = this.sp;
                            break loop;
                        } else {
                            throw new FaultException(FaultKind.INVALID_FUNCTION_POINTER,
                                    "call through an invalid function pointer", target);
                        }
                    }
                    case Op.RET -> {
                        long value = stack[--sp];
                        if (depth == 1) {
                            this.pc = pc;
                            this.sp = sp;
                            finish(kernel, self, value, opPc);
                            pc = this.pc;
                            sp = this.sp;
                            break loop;
                        }
                        leave();
                        code = this.code;
                        slots = this.slots;
                        pc = this.pc;
                        sp = this.sp;
                        slotBase = this.slotBase;
                        stack[sp++] = value;
                    }
                    case Op.BUILTIN -> {
                        int b = code[pc];
                        int argc = code[pc + 1];
                        this.pc = pc + 2;
                        this.sp = sp;
                        callBuiltin(kernel, self, b, argc, opPc);
                        pc = this.pc;
                        sp = this.sp;
                        break loop;
                    }
                    case Op.EXIT -> {
                        if (pure) {
                            throw impure("exits", 0);
                        }
                        long status = stack[--sp];
                        this.pc = pc;
                        this.sp = sp;
                        finished = true;
                        lastStepEnd = StepEnd.KERNEL_CALL;
                        lastOpFn = fn;
                        lastOpPc = opPc;
                        kernel.exitProcess(self.process(), (int) status);
                        break loop;
                    }
                    default -> throw new IllegalStateException("bad opcode " + code[opPc] + " at " + opPc);
                }
            }
        } catch (FaultException e) {
            this.pc = opPc;
            this.sp = sp;
            if (pure) {
                throw e;
            }
            machine.fault(new Fault(e.kind(), e.getMessage(), tid, fn.posAt(opPc), e.address(), backtrace()));
            return count;
        }
        if (!finished) {
            this.pc = pc;
            this.sp = sp;
        }
        return count;
    }

    private static long load(AddressSpace mem, int op, long a) {
        return switch (op) {
            case Op.LOAD_I8 -> mem.loadI8(a);
            case Op.LOAD_U8 -> mem.loadU8(a);
            case Op.LOAD_I16 -> mem.loadI16(a);
            case Op.LOAD_U16 -> mem.loadU16(a);
            case Op.LOAD_I32 -> mem.loadI32(a);
            case Op.LOAD_U32 -> mem.loadU32(a);
            default -> mem.load64(a);
        };
    }

    private static void store(AddressSpace mem, int op, long a, long v) {
        switch (op) {
            case Op.STORE_8 -> mem.store8(a, v);
            case Op.STORE_16 -> mem.store16(a, v);
            case Op.STORE_32 -> mem.store32(a, v);
            default -> mem.store64(a, v);
        }
    }

    private static int lookup(int[] code, int pc, long key) {
        int lo = 0;
        int hi = code[pc] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = pc + 2 + 3 * mid;
            long k = (long) code[at] << 32 | (code[at + 1] & 0xFFFF_FFFFL);
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return code[at + 2];
            }
        }
        return code[pc + 1];
    }

    /**
     * A shared access ended the step: tells the machine's access listener, if any, and marks a
     * foreign stack as shared, so from now on its owner's accesses to it are steps too.
     */
    private void noteShared(int opPc, long address, int bytes, boolean write) {
        if (pure) {
            return; // an evaluation's reads are no step of the program
        }
        lastStepEnd = StepEnd.SHARED_ACCESS;
        lastOpFn = fn;
        lastOpPc = opPc;
        AccessListener listener = machine.accessListener();
        if (listener != null) {
            this.pc = opPc; // so currentPos() is the access; run() stores the real pc when the step ends
            listener.onSharedAccess(this, address, bytes, write);
        }
        int id = (int) (address >>> 32);
        if (id != stackId && id > AddressSpace.CODE_SEGMENT && id < mem.segmentCount()) {
            Segment s = mem.segment(id);
            if (s.kind() == SegmentKind.STACK) {
                s.markShared();
            }
        }
    }

    // ---------------------------------------------------------------- calls

    /**
     * Enters {@code f} with the {@code argc} values on top of the operand stack as arguments: the
     * first {@code f.params} go to its slots (missing ones are 0, as an indirect call through a
     * mismatched pointer may leave them), the rest to its variadic area when it is variadic.
     * Faults before changing any state, so the fault points at the call.
     */
    private void enter(Function f, int argc) {
        if (depth >= callDepthLimit) {
            throw new FaultException(FaultKind.BUDGET, "call depth budget exceeded (unbounded recursion?)");
        }
        int argBase = sp - argc;
        int extra = f.variadic ? Math.max(0, argc - f.params) : 0;
        long base = align16(stackTop);
        long va = base + align16(f.frameSize);
        long top = va + 8L * extra + FRAME_OVERHEAD;
        mem.ensureStack(stackId, top);
        if (depth > 0) {
            saveFrame();
        }
        depth++;
        frameSerial = ++frameSerials;
        int newSlotBase = fn == null ? 0 : slotBase + fn.slots;
        if (newSlotBase + f.slots > slots.length) {
            slots = Arrays.copyOf(slots, Math.max(slots.length * 2, newSlotBase + f.slots));
        }
        int given = Math.min(argc, f.params);
        System.arraycopy(stack, argBase, slots, newSlotBase, given);
        Arrays.fill(slots, newSlotBase + given, newSlotBase + f.slots, 0);
        for (int i = 0; i < extra; i++) {
            mem.store64(AddressSpace.address(stackId, (int) (va + 8L * i)), stack[argBase + f.params + i]);
        }
        sp = argBase;
        spBase = argBase;
        if (sp + f.maxStack() + 1 > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, sp + f.maxStack() + 1));
        }
        fn = f;
        code = f.code;
        pc = 0;
        slotBase = newSlotBase;
        frameBase = (int) base;
        vaBase = (int) va;
        stackTop = (int) top;
    }

    private void saveFrame() {
        int i = depth - 1;
        if (i == savedFn.length) {
            int n = i * 2;
            savedFn = Arrays.copyOf(savedFn, n);
            savedPc = Arrays.copyOf(savedPc, n);
            savedSpBase = Arrays.copyOf(savedSpBase, n);
            savedSlotBase = Arrays.copyOf(savedSlotBase, n);
            savedFrameBase = Arrays.copyOf(savedFrameBase, n);
            savedVaBase = Arrays.copyOf(savedVaBase, n);
            savedStackTop = Arrays.copyOf(savedStackTop, n);
            savedFrameSerial = Arrays.copyOf(savedFrameSerial, n);
        }
        savedFn[i] = fn;
        savedPc[i] = pc;
        savedSpBase[i] = spBase;
        savedSlotBase[i] = slotBase;
        savedFrameBase[i] = frameBase;
        savedVaBase[i] = vaBase;
        savedStackTop[i] = stackTop;
        savedFrameSerial[i] = frameSerial;
    }

    /** Pops the current frame; the caller's operand stack is back where it was before the arguments. */
    private void leave() {
        sp = spBase;
        depth--;
        int i = depth - 1;
        fn = savedFn[i];
        savedFn[i] = null;
        code = fn.code;
        pc = savedPc[i];
        spBase = savedSpBase[i];
        slotBase = savedSlotBase[i];
        frameBase = savedFrameBase[i];
        vaBase = savedVaBase[i];
        stackTop = savedStackTop[i];
        frameSerial = savedFrameSerial[i];
    }

    private long alloca(long size) {
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new FaultException(FaultKind.STACK_OVERFLOW, "stack overflow: alloca or array of " + size + " bytes");
        }
        long at = align16(stackTop);
        long top = at + align16(size);
        mem.ensureStack(stackId, top);
        stackTop = (int) top;
        return AddressSpace.address(stackId, (int) at);
    }

    /** Frees the ALLOCA memory above {@code mark}; a mark from another frame is a code generator bug. */
    private void restoreStack(long mark) {
        if (mark < frameBase || mark > stackTop) {
            throw new IllegalStateException("STACK_RESTORE to " + mark + " outside the frame of " + fn.name);
        }
        stackTop = (int) mark;
    }

    private static long align16(long n) {
        return (n + 15) & ~15L;
    }

    private void callBuiltin(Kernel kernel, SimThread self, int index, int argc, int opPc) {
        callBuiltin(kernel, self, machine.builtin(index), machine.program().builtins().get(index), argc, opPc);
    }

    private void callBuiltin(Kernel kernel, SimThread self, Builtin b, String name, int argc, int opPc) {
        if (pure) {
            throw impure("calls a library function", 0);
        }
        lastStepEnd = StepEnd.KERNEL_CALL;
        lastOpFn = fn;
        lastOpPc = opPc;
        int base = sp - argc;
        call.setup(kernel, self, stack, base, argc, fn, opPc);
        BuiltinListener listener = machine.builtinListener();
        if (listener != null) {
            listener.beforeBuiltin(this, name, call);
        }
        long result = b.call(call);
        sp = base;
        if (call.completion() != null) {
            pending = call.completion();
        } else if (call.jumpTarget() != null) {
            longJump(call.jumpTarget(), call.jumpValue());
        } else if (call.tailFunction() >= 0) {
            enterTail();
        } else {
            stack[sp++] = result;
        }
    }

    /** Enters the function a builtin or a completion asked for with {@link BuiltinCall#tailCall}. */
    private void enterTail() {
        long[] args = call.tailArgs();
        pushArgs(args);
        enter(functions[call.tailFunction()], args.length);
    }

    private void pushArgs(long[] args) {
        if (sp + args.length + 1 > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, sp + args.length + 1));
        }
        System.arraycopy(args, 0, stack, sp, args.length);
        sp += args.length;
    }

    /** setjmp: the context just after the builtin now running returns (its arguments popped). */
    JumpContext captureContext(int spAfterCall) {
        return new JumpContext(this, depth, frameSerial, fn, pc, spAfterCall, spBase, slotBase, frameBase, vaBase,
                stackTop);
    }

    /**
     * longjmp: unwinds to {@code target}'s frame and makes its setjmp return {@code value}. Faults
     * when the frame has returned (C leaves that undefined) or belongs to another thread.
     */
    private void longJump(JumpContext target, long value) {
        if (target.thread != this) {
            throw new FaultException(FaultKind.LIBRARY, "longjmp to a jmp_buf set by another thread");
        }
        long serialThere = target.depth == depth ? frameSerial
                : target.depth < depth ? savedFrameSerial[target.depth - 1] : -1;
        if (serialThere != target.frameSerial) {
            throw new FaultException(FaultKind.LIBRARY,
                    "longjmp into " + target.function.name + ", which has already returned");
        }
        for (int i = target.depth - 1; i < depth - 1; i++) {
            savedFn[i] = null;
        }
        depth = target.depth;
        frameSerial = target.frameSerial;
        fn = target.function;
        code = fn.code;
        pc = target.pc;
        spBase = target.spBase;
        slotBase = target.slotBase;
        frameBase = target.frameBase;
        vaBase = target.vaBase;
        stackTop = target.stackTop;
        sp = target.sp;
        stack[sp++] = value;
    }

    /**
     * The first frame returned: returning from main is exit(value) and from a start routine
     * pthread_exit(value), through the library's builtins when it has them (so atexit handlers and
     * key destructors run); without them main ends the process and a start routine the thread.
     */
    private void finish(Kernel kernel, SimThread self, long value, int opPc) {
        if (pure) {
            pureResult = value;
            finished = true;
            return;
        }
        Builtin then = machine.isMain(self) ? machine.mainReturn() : machine.startRoutineReturn();
        if (then != null) {
            stack[sp++] = value;
            callBuiltin(kernel, self, then, machine.isMain(self) ? "exit" : "pthread_exit", 1, opPc);
            if (!self.isAlive()) {
                finished = true;
            }
            return;
        }
        if (machine.isMain(self)) {
            finished = true;
            kernel.exitProcess(self.process(), (int) value);
        } else {
            exitThread(kernel, value);
        }
    }

    // ---------------------------------------------------------------- for the library

    /**
     * pthread_exit: ends this thread with {@code value} (a joiner receives it) and frees its stack,
     * so a pointer into it that another thread kept faults. A kernel call: last in the step.
     */
    public void exitThread(Kernel kernel, long value) {
        finished = true;
        if (!machine.isMain(sim)) {
            machine.threadExited(this); // main's stack is the process stack: it lives until exit
        }
        kernel.exitThread(sim, value);
    }

    /**
     * Makes this thread call the function at {@code functionAddress} with {@code args} at the
     * start of its next step, between two of its instructions, whatever it is running then (the
     * library's asynchronous cancellation). The function must not return: it ends the thread.
     * Faults when the address is not a function's.
     */
    public void callAtNextStep(long functionAddress, long... args) {
        int f = machine.functionAt(functionAddress);
        if (f < 0) {
            throw new FaultException(FaultKind.INVALID_FUNCTION_POINTER, "call through an invalid function pointer",
                    functionAddress);
        }
        interjection = f;
        interjectionArgs = args.clone();
    }

    public Machine machine() {
        return machine;
    }

    /**
     * True while a builtin's kernel call is under way: its completion runs at the start of this
     * thread's next step.
     */
    public boolean completionPending() {
        return pending != null;
    }

    /** Kernel thread id. */
    public int tid() {
        return tid;
    }

    /** Id of this thread's stack segment. */
    public int stackSegment() {
        return stackId;
    }

    /**
     * A hash of this thread's registers (its {@link #digest}: every frame's function, pc and
     * slots, the operand stack, a pending call), not its stack memory. The explorer's livelock
     * check compares it between steps: a thread whose registers and shared state are back where
     * they were has made no progress.
     */
    public long registerHash() {
        StateDigest d = new StateDigest();
        digest(d);
        return d.low() ^ d.high();
    }

    /** Frames on this thread's call stack. */
    public int depth() {
        return depth;
    }

    /** Source positions of the active calls, innermost first (for fault reports). */
    public List<SourcePos> backtrace() {
        List<SourcePos> out = new ArrayList<>();
        if (fn != null) {
            out.add(currentPos());
        }
        for (int i = depth - 2; i >= 0; i--) {
            out.add(savedFn[i].posAt(Math.max(0, savedPc[i] - 1)));
        }
        return out;
    }

    /** Source position of the instruction this thread executes next (or is blocked in), or null. */
    /**
     * The source position of the shared access or call that ended the last step, or null when
     * the step ended on local work.
     */
    public SourcePos lastStepPos() {
        return lastStepEnd == StepEnd.LOCAL || lastOpFn == null ? null : lastOpFn.posAt(lastOpPc);
    }

    public SourcePos currentPos() {
        return fn == null ? null : fn.posAt(currentPc());
    }

    /** The function {@link #currentPos()} is in, or null before the thread started. */
    public Function currentFunction() {
        return fn;
    }

    /** The code index {@link #currentPos()} maps to a line. */
    public int currentPc() {
        // While blocked in a builtin, pc is just past the BUILTIN; its operands map to its line.
        return pending != null ? pc - 1 : pc;
    }

    /** The C library's per-thread state (errno, cleanup handlers, keys); null until it sets one. */
    public Object libraryState() {
        return libraryState;
    }

    public void setLibraryState(Object state) {
        this.libraryState = state;
    }

    /**
     * For the explorer's state hash, between steps: feeds the thread's VM state, that is whether
     * it has started or finished, every frame (function, pc, operand stack base, slots, frame
     * addresses), the operand stack in use, the call it is blocked in (its pending completion is
     * identified by its call site, the pc just past the BUILTIN: the closure's captured values are
     * not visible here, see StateHasher) and a pending interjection. Frame entry serials (only
     * longjmp's staleness check reads them) are left out. Its stack bytes are fed with memory.
     * A frame's slots that are dead at its pc ({@link org.threadlab.vm.code.SlotLiveness}) are
     * left out too: no path reads them before writing them. (That would not hold if a longjmp
     * could resume a frame; the library has no setjmp.)
     */
    public void digest(StateDigest d) {
        d.add(tid).add(stackId).add(finished).add(entry != null);
        if (entry != null) {
            d.add(functionIndex(entry)).add(entryArgs, 0, entryArgs.length);
        }
        d.add(depth);
        if (fn != null) {
            for (int i = 0; i < depth - 1; i++) {
                d.add(functionIndex(savedFn[i])).add(savedPc[i]).add(savedSpBase[i]).add(savedSlotBase[i]);
                d.add(savedFrameBase[i]).add(savedVaBase[i]).add(savedStackTop[i]);
            }
            d.add(functionIndex(fn)).add(pc).add(spBase).add(slotBase).add(frameBase).add(vaBase).add(stackTop);
            d.add(stack, 0, sp);
            for (int i = 0; i < depth - 1; i++) {
                liveSlots(d, savedFn[i], savedPc[i], savedSlotBase[i]);
            }
            liveSlots(d, fn, pc, slotBase);
        }
        d.add(pending != null).add(interjection);
        if (interjectionArgs != null) {
            d.add(interjectionArgs, 0, interjectionArgs.length);
        }
    }

    private void liveSlots(StateDigest d, Function f, int at, int base) {
        BitSet live = f.liveness().liveAt(at);
        d.add(live.cardinality());
        for (int s = live.nextSetBit(0); s >= 0; s = live.nextSetBit(s + 1)) {
            d.add(s).add(slots[base + s]);
        }
    }

    private int functionIndex(Function f) {
        for (int i = 0; i < functions.length; i++) {
            if (functions[i] == f) {
                return i;
            }
        }
        return -1;
    }

    /** Name of the function running now, or null before the thread started. */
    public String functionName() {
        return fn == null ? null : fn.name;
    }
}
