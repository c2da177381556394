package org.threadlab.vm.interp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelConfig;
import org.threadlab.kernel.RunState;
import org.threadlab.kernel.SimProcess;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.ThreadAttr;
import org.threadlab.kernel.ThreadBody;
import org.threadlab.kernel.WaitForGraph;
import org.threadlab.kernel.choice.Chooser;
import org.threadlab.vm.Fault;
import org.threadlab.vm.FaultException;
import org.threadlab.vm.FaultKind;
import org.threadlab.vm.VmConfig;
import org.threadlab.vm.code.Function;
import org.threadlab.vm.code.Global;
import org.threadlab.vm.code.Op;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.code.Relocation;
import org.threadlab.vm.mem.AddressSpace;

/**
 * Overview: one run of a {@link Program}. The machine owns the kernel, the process's
 * {@link AddressSpace}, the resolved builtins and the run's budgets. {@link #start} loads the
 * program (a segment per global and string literal, relocations patched), lays out argv and
 * creates the main thread; {@link #run} drives the kernel and reports a {@link VmOutcome}.
 *
 * <p>The library stage uses {@link #startThread} (pthread_create), {@link #threadBody} (threads
 * a kernel object creates itself: QNX thread pools), {@link #writeOutput} (the output budget),
 * {@link #functionAt} (checking function pointers) and the address helpers.
 */
public final class Machine {
    /** Stack of an {@link #evaluate} call. */
    private static final int SCRATCH_STACK_BYTES = 64 * 1024;
    private final Program program;
    private final VmConfig config;
    private final Kernel kernel;
    private final AddressSpace memory;
    private final Builtin[] builtins;
    /** The registry's exit and pthread_exit: what returning from main or a start routine does (may be null). */
    private final Builtin mainReturn;
    private final Builtin startRoutineReturn;
    private final Function[] functionTable;
    private final long[] constantTable;
    private final long[] globalAddresses;
    private final long[] stringAddresses;
    /** Each live thread's VM state, by tid (tids are small and dense). */
    private VmThread[] threads = new VmThread[8];
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private SimProcess process;
    private SimThread mainThread;
    private long instructionsLeft;
    private long outputLeft;
    private Fault fault;
    /** Why the program could not be loaded (its globals exceed the memory budget), or null. */
    private Fault loadFault;
    private AccessListener accessListener;
    private BuiltinListener builtinListener;
    private Object libraryState;

    /**
     * A machine for {@code program}; throws IllegalArgumentException when the program calls a
     * builtin the registry lacks (a library bug, not the student's). Globals that exceed the memory
     * budget are the student's: the run then ends at once with that budget fault (thread 0).
     * Returning from main calls the registry's {@code exit} builtin and returning from a start
     * routine its {@code pthread_exit}, when it has them.
     */
    public Machine(Program program, VmConfig config, KernelConfig kernelConfig, Chooser chooser,
                   BuiltinRegistry registry) {
        this.program = program;
        this.config = config;
        this.kernel = new Kernel(kernelConfig, chooser);
        this.memory = new AddressSpace(config.memoryBytes());
        this.instructionsLeft = config.instructions();
        this.outputLeft = config.outputBytes();
        List<String> names = program.builtins();
        this.builtins = new Builtin[names.size()];
        for (int i = 0; i < builtins.length; i++) {
            builtins[i] = registry.get(names.get(i));
            if (builtins[i] == null) {
                throw new IllegalArgumentException("the program calls " + names.get(i) + ", which no library provides");
            }
        }
        this.mainReturn = registry.get("exit");
        this.startRoutineReturn = registry.get("pthread_exit");
        this.functionTable = program.functions().toArray(new Function[0]);
        this.constantTable = program.constants();
        this.globalAddresses = new long[program.globals().size()];
        this.stringAddresses = new long[program.stringCount()];
        try {
            load();
        } catch (FaultException e) {
            loadFault = new Fault(e.kind(), e.getMessage(), 0, null, 0);
        }
    }

    /** {@code from}'s copy (see {@link #copy}). */
    private Machine(Machine from, Chooser chooser) {
        this.program = from.program;
        this.config = from.config;
        this.builtins = from.builtins;
        this.mainReturn = from.mainReturn;
        this.startRoutineReturn = from.startRoutineReturn;
        this.functionTable = from.functionTable;
        this.constantTable = from.constantTable;
        this.globalAddresses = from.globalAddresses; // both tables are filled by load() and never change
        this.stringAddresses = from.stringAddresses;
        this.memory = from.memory.snapshot();
        MachineCopy c = new MachineCopy(from, this);
        this.kernel = c.kernel().copy(from.kernel, chooser);
        this.threads = new VmThread[from.threads.length];
        for (int tid = 0; tid < threads.length; tid++) {
            if (from.threads[tid] != null) {
                threads[tid] = c.vmThread(from.threads[tid]);
                threads[tid].copyLibraryState(from.threads[tid], c);
            }
        }
        this.console.writeBytes(from.console.toByteArray());
        this.process = c.kernel().process(from.process);
        this.mainThread = c.thread(from.mainThread);
        this.instructionsLeft = from.instructionsLeft;
        this.outputLeft = from.outputLeft;
        this.fault = from.fault;
        this.loadFault = from.loadFault;
        this.libraryState = copyState(from.libraryState, c);
    }

    /**
     * A machine in this one's state whose choices go to {@code chooser}, for the explorer's
     * snapshots: the two then run independently, and the copy, run with the same choices, does
     * exactly what this one would. Call it between steps or while a PREEMPT or DISPATCH choice
     * is asked: the copy asks that choice again at its first step. Listeners are not copied.
     * Throws UnsupportedOperationException when the state holds something that cannot be copied:
     * a thread pool, sleepons, a pthread_once in progress, a second process, library state that
     * is not {@link CopyableState}, a pending call that captured more than numbers.
     */
    public Machine copy(Chooser chooser) {
        if (process == null) {
            throw new IllegalStateException("start the machine first");
        }
        return new Machine(this, chooser);
    }

    static Object copyState(Object state, MachineCopy c) {
        if (state == null) {
            return null;
        }
        if (!(state instanceof CopyableState s)) {
            throw new UnsupportedOperationException(state.getClass().getSimpleName() + " cannot be copied");
        }
        return s.copy(c);
    }

    private void load() {
        for (int i = 0; i < globalAddresses.length; i++) {
            Global g = program.globals().get(i);
            globalAddresses[i] = AddressSpace.address(memory.newGlobal(g.name(), g.size(), g.image(), g.readOnly()), 0);
        }
        for (int i = 0; i < stringAddresses.length; i++) {
            stringAddresses[i] = AddressSpace.address(memory.newString(program.string(i)), 0);
        }
        for (int i = 0; i < globalAddresses.length; i++) {
            for (Relocation r : program.globals().get(i).relocations()) {
                long target = switch (r.target()) {
                    case GLOBAL -> globalAddresses[r.index()];
                    case STRING -> stringAddresses[r.index()];
                    case FUNCTION -> functionAddress(r.index());
                    case BUILTIN -> builtinAddress(r.index());
                };
                byte[] bytes = new byte[8];
                long value = target + r.addend();
                for (int b = 0; b < 8; b++) {
                    bytes[b] = (byte) (value >>> (8 * b));
                }
                memory.patch(globalAddresses[i] + r.offset(), bytes);
            }
        }
    }

    // ---------------------------------------------------------------- starting and running

    /**
     * Creates the process and its main thread, which calls {@code main} with argc and argv (argv
     * strings laid out in writable memory, argv[argc] NULL) when main takes parameters. Returns
     * null when the program cannot be loaded; {@link #run} then reports the fault.
     */
    public SimThread start(List<String> argv) {
        if (process != null) {
            throw new IllegalStateException("the machine has already started");
        }
        int main = program.functionIndex("main");
        if (main < 0) {
            throw new IllegalArgumentException("the program has no main function");
        }
        process = kernel.createProcess("a.out", memory);
        long argvAddress;
        try {
            if (loadFault != null) {
                throw new FaultException(loadFault.kind(), loadFault.message());
            }
            argvAddress = layOutArgv(argv);
        } catch (FaultException e) {
            fault(new Fault(e.kind(), e.getMessage(), 0, null, 0));
            return null;
        }
        long[] args = {argv.size(), argvAddress, 0};
        Function f = program.function(main);
        mainThread = spawn(null, main, args, Math.min(f.params, 3), ThreadAttr.INHERIT, "main",
                config.mainStackBytes());
        return mainThread;
    }

    private long layOutArgv(List<String> argv) {
        byte[] table = new byte[8 * (argv.size() + 1)];
        long array = AddressSpace.address(memory.newGlobal("argv", table, false), 0);
        for (int i = 0; i < argv.size(); i++) {
            byte[] text = argv.get(i).getBytes(StandardCharsets.UTF_8);
            byte[] withNul = Arrays.copyOf(text, text.length + 1);
            long s = AddressSpace.address(memory.newGlobal("argv[" + i + "]", withNul, false), 0);
            memory.store64(array + 8L * i, s);
        }
        return array;
    }

    /**
     * pthread_create's core: a new thread running the function at {@code functionAddress} with
     * {@code arg} as its one argument, created by {@code creator}. Returns null when the thread
     * budget is used up (the library returns EAGAIN). Faults when the address is not a function.
     * This is a kernel call: the builtin must announce it with {@link BuiltinCall#kernelCall}.
     */
    public SimThread startThread(SimThread creator, long functionAddress, long arg, ThreadAttr attr) {
        return startThread(creator, functionAddress, arg, attr, config.stackBytes());
    }

    /**
     * As {@link #startThread(SimThread, long, long, ThreadAttr)}, with a stack of
     * {@code stackBytes} (pthread_attr_setstacksize) instead of the configured size. The stack
     * commits memory as it is used, so its size is a limit, charged to the memory budget only as
     * far as the thread uses it.
     */
    public SimThread startThread(SimThread creator, long functionAddress, long arg, ThreadAttr attr, int stackBytes) {
        int f = functionAt(functionAddress);
        if (f < 0) {
            throw new FaultException(FaultKind.INVALID_FUNCTION_POINTER,
                    "pthread_create with an invalid start routine pointer", functionAddress);
        }
        if (process.liveThreads() >= config.threads()) {
            return null;
        }
        return spawn(creator, f, new long[] {arg}, Math.min(1, program.function(f).params), attr,
                program.function(f).name, stackBytes);
    }

    private SimThread spawn(SimThread creator, int function, long[] args, int argc, ThreadAttr attr, String label,
                            int stackBytes) {
        VmThread body = new VmThread(this, program.function(function), args, argc);
        SimThread t = kernel.createThread(process, label, body, attr, creator);
        try {
            body.bind(t, memory.newStack(t.tid(), stackBytes));
        } catch (FaultException e) {
            if (creator != null) {
                throw e; // the creating thread faults at its pthread_create
            }
            fault(new Fault(e.kind(), e.getMessage(), t.tid(), null, e.address()));
            return t;
        }
        putThread(t.tid(), body);
        return t;
    }

    /**
     * The body of a thread that the kernel creates on the program's behalf rather than through
     * {@link #startThread}: a QNX thread pool creates its own threads and asks its
     * {@code PoolWorkerFactory} only for their bodies. The body calls the function at
     * {@code functionAddress} with {@code arg}, as a start routine. Its kernel thread does not
     * exist yet, so it gets its stack on its first step; a thread over the thread budget, or whose
     * stack does not fit the memory budget, faults there (there is no caller to return EAGAIN to).
     * Faults (INVALID_FUNCTION_POINTER) when the address is not a function. Not a kernel call.
     */
    public ThreadBody threadBody(long functionAddress, long arg) {
        int f = functionAt(functionAddress);
        if (f < 0) {
            throw new FaultException(FaultKind.INVALID_FUNCTION_POINTER,
                    "a thread's start function is an invalid function pointer", functionAddress);
        }
        Function function = program.function(f);
        VmThread body = new VmThread(this, function, new long[] {arg}, Math.min(1, function.params));
        return new ThreadBody() {
            private boolean bound;

            @Override
            public int step(Kernel k, SimThread self) {
                if (!bound) {
                    bound = true;
                    if (!adopt(body, self)) {
                        return 1;
                    }
                }
                return body.step(k, self);
            }
        };
    }

    /** Binds {@code body} to {@code t}, which the kernel has just created; false when it faulted. */
    private boolean adopt(VmThread body, SimThread t) {
        if (process.liveThreads() > config.threads()) {
            fault(new Fault(FaultKind.BUDGET, "thread budget of " + config.threads() + " exceeded", t.tid(), null, 0));
            return false;
        }
        try {
            body.bind(t, memory.newStack(t.tid(), config.stackBytes()));
        } catch (FaultException e) {
            fault(new Fault(e.kind(), e.getMessage(), t.tid(), null, e.address()));
            return false;
        }
        putThread(t.tid(), body);
        return true;
    }

    /** Runs until the program ends, faults, runs out of a budget or deadlocks. */
    public VmOutcome run() {
        return run(Long.MAX_VALUE);
    }

    /**
     * Runs at most {@code maxInstructions} kernel instructions (a driver checking wall-clock time
     * calls this in slices); {@link VmOutcome.Status#RUNNING} when the slice ended first.
     */
    public VmOutcome run(long maxInstructions) {
        if (process == null) {
            throw new IllegalStateException("start the machine first");
        }
        RunState state = kernel.run(maxInstructions);
        return outcome(state);
    }

    /** The outcome for the kernel's state {@code state}. */
    private VmOutcome outcome(RunState state) {
        long used = config.instructions() - instructionsLeft;
        return switch (state) {
            case FINISHED -> new VmOutcome(VmOutcome.Status.EXITED, process.exitStatus() & 0xFF, null, null, List.of(),
                    List.of(), used);
            case HALTED -> fault != null
                    ? new VmOutcome(fault.kind() == FaultKind.BUDGET ? VmOutcome.Status.BUDGET : VmOutcome.Status.FAULT,
                    0, fault, kernel.haltReason(), List.of(), List.of(), used)
                    : new VmOutcome(VmOutcome.Status.HALTED, 0, null, kernel.haltReason(), List.of(), List.of(), used);
            case QUIESCENT -> deadlock(used);
            case RUNNABLE -> new VmOutcome(VmOutcome.Status.RUNNING, 0, null, null, List.of(), List.of(), used);
        };
    }

    private VmOutcome deadlock(long used) {
        List<Integer> blocked = new ArrayList<>();
        for (SimThread t : kernel.threads()) {
            if (t.isAlive()) {
                blocked.add(t.tid());
            }
        }
        List<Integer> cycle = new ArrayList<>();
        for (SimThread t : WaitForGraph.of(kernel).cycle()) {
            cycle.add(t.tid());
        }
        return new VmOutcome(VmOutcome.Status.DEADLOCK, 0, null, null, blocked, cycle, used);
    }

    /**
     * Calls {@code function} (no parameters, e.g. an invariant's {@code int f(void)}) on a scratch
     * stack and returns its value, leaving no trace: no kernel step, event or choice, nothing
     * charged to the budgets, no access reported, no stack marked shared, no segment id used.
     * It may read any memory; it may not write outside its own frames or call the library.
     * Throws FaultException when it faults, does either, or runs more than {@code limit} instructions.
     */
    public long evaluate(int function, int limit) {
        int stack = memory.openScratchStack(SCRATCH_STACK_BYTES);
        try {
            return VmThread.scratch(this, program.function(function), stack).evaluate(kernel, limit);
        } finally {
            memory.closeScratchStack(stack);
        }
    }

    // ---------------------------------------------------------------- for threads and builtins

    /** Records the run's fault (the first one wins) and halts the kernel with its message. */
    public void fault(Fault f) {
        if (fault == null) {
            fault = f;
        }
        kernel.halt(f.message());
    }

    /** Reports every shared memory access to {@code listener} (null: none, the fast default). */
    public void setAccessListener(AccessListener listener) {
        this.accessListener = listener;
    }

    /** The listener told of shared accesses, or null; add one with {@link AccessListener#chain}. */
    public AccessListener accessListener() {
        return accessListener;
    }

    /** Sets (or clears, with null) the listener told before every builtin call. */
    public void setBuiltinListener(BuiltinListener listener) {
        this.builtinListener = listener;
    }

    /** The listener told before builtin calls, or null; add one with {@link BuiltinListener#chain}. */
    public BuiltinListener builtinListener() {
        return builtinListener;
    }

    /**
     * The C library's per-process state (stdio buffers, the table from pthread_mutex_t addresses
     * to kernel mutexes, atexit handlers); null until the library sets one.
     */
    public Object libraryState() {
        return libraryState;
    }

    public void setLibraryState(Object state) {
        this.libraryState = state;
    }

    /** The fault that ended the run, or null. */
    public Fault fault() {
        return fault;
    }

    /**
     * Appends {@code bytes} to the console, charging the output budget; when they do not fit, the
     * part that fits is written and the budget fault thrown.
     */
    public void writeOutput(byte[] bytes) {
        if (bytes.length > outputLeft) {
            console.write(bytes, 0, (int) outputLeft);
            outputLeft = 0;
            throw new FaultException(FaultKind.BUDGET, "output budget of " + config.outputBytes() + " bytes exceeded");
        }
        console.write(bytes, 0, bytes.length);
        outputLeft -= bytes.length;
    }

    /** Everything written to the console so far, decoded as UTF-8. */
    public String output() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Output budget left, in bytes. */
    public long outputLeft() {
        return outputLeft;
    }

    long instructionsLeft() {
        return instructionsLeft;
    }

    void charge(int instructions) {
        instructionsLeft -= instructions;
    }

    /** The program's functions and constant pool, shared by all threads; never modified. */
    Function[] functionTable() {
        return functionTable;
    }

    long[] constantTable() {
        return constantTable;
    }

    Builtin mainReturn() {
        return mainReturn;
    }

    Builtin startRoutineReturn() {
        return startRoutineReturn;
    }

    Builtin builtin(int index) {
        return builtins[index];
    }

    int builtinCount() {
        return builtins.length;
    }

    boolean isMain(SimThread t) {
        return t == mainThread;
    }

    void threadExited(VmThread t) {
        memory.releaseStack(t.stackSegment());
        threads[t.tid()] = null;
    }

    public long globalAddress(int index) {
        return globalAddresses[index];
    }

    public long stringAddress(int index) {
        return stringAddresses[index];
    }

    /** A function pointer: code segment, offset = function index. */
    public static long functionAddress(int index) {
        return AddressSpace.address(AddressSpace.CODE_SEGMENT, index);
    }

    /** The address of builtin {@code index} of the program's builtin table. */
    public static long builtinAddress(int index) {
        return AddressSpace.address(AddressSpace.CODE_SEGMENT, Op.BUILTIN_BASE + index);
    }

    /** The index of the function at {@code address}, or -1 when it is not a function's address. */
    public int functionAt(long address) {
        if (AddressSpace.segmentOf(address) != AddressSpace.CODE_SEGMENT) {
            return -1;
        }
        int offset = AddressSpace.offsetOf(address);
        return offset >= 0 && offset < program.functions().size() ? offset : -1;
    }

    /** The VM thread behind kernel thread {@code tid}, or null. */
    public VmThread thread(int tid) {
        return tid >= 0 && tid < threads.length ? threads[tid] : null;
    }

    public Program program() {
        return program;
    }

    public VmConfig config() {
        return config;
    }

    public Kernel kernel() {
        return kernel;
    }

    public AddressSpace memory() {
        return memory;
    }

    /** The process, once started. */
    public SimProcess process() {
        return process;
    }

    private void putThread(int tid, VmThread body) {
        if (tid >= threads.length) {
            threads = Arrays.copyOf(threads, Math.max(tid + 1, threads.length * 2));
        }
        threads[tid] = body;
    }
}
