package org.threadlab.vm.lib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.sync.Barrier;
import org.threadlab.kernel.sync.Condvar;
import org.threadlab.kernel.sync.Mutex;
import org.threadlab.kernel.sync.RwLock;
import org.threadlab.kernel.sync.Semaphore;
import org.threadlab.vm.interp.CopyableState;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.MachineCopy;
import org.threadlab.vm.mem.AddressSpace;
import org.threadlab.vm.mem.Segment;
import org.threadlab.vm.mem.SegmentKind;

/**
 * The C library's per-run state, kept as the machine's library state: the pthread objects by the
 * address of their C object (in address order, so anything that lists them is deterministic),
 * the output streams, the rand state, the thread-specific data keys, the atexit handlers, the
 * read-only strings the library hands out (strerror), and the files. The machine runs one
 * process, so per-run is per-process.
 */
public final class LibState implements CopyableState {
    /** The address of every pthread object below, by its kernel object (see ObjectTable). */
    private final Map<KernelObject, Long> addresses = new IdentityHashMap<>();
    private final Map<KernelObject, Long> addressesView = Collections.unmodifiableMap(addresses);
    final ObjectTable<Mutex> mutexes = new ObjectTable<>(addresses);
    final ObjectTable<Condvar> condvars = new ObjectTable<>(addresses);
    final ObjectTable<RwLock> rwlocks = new ObjectTable<>(addresses);
    final ObjectTable<Barrier> barriers = new ObjectTable<>(addresses);
    final ObjectTable<Semaphore> semaphores = new ObjectTable<>(addresses);
    /** pthread_once waiters by pthread_once_t address (OnceLib). */
    final Map<Long, Object> onceWaiters = new LinkedHashMap<>();
    /** Thread pools by the address of their thread_pool_t (PoolLib). */
    final Map<Long, CPool> pools = new LinkedHashMap<>();
    /** Condition variables initialised with CLOCK_MONOTONIC, by address. */
    final Set<Long> monotonicCondvars = new TreeSet<>();
    private final Map<String, Long> strings = new LinkedHashMap<>();
    private final Output output;
    long randState = 1;
    /** __VERIFIER_nondet_*'s generator (VerifierLib). */
    long nondetState = 1;
    /** getopt's optarg/optind/opterr/optopt block, or 0 before first use (UnistdLib). */
    long getoptBlock;
    /** strtok's saved position (StringLib). */
    long strtokSave;
    /** The thread-specific data keys (KeyLib). */
    final KeyLib.Keys keys = new KeyLib.Keys();
    /** atexit's handlers, the last registered first (ExitLib). */
    final Deque<Long> atexitHandlers = new ArrayDeque<>();
    private final long fileCapacity;
    /** The run's files and open descriptors, stdin included; made on first use (most runs touch no file). */
    private FileSystem files;
    /** Named semaphores by name (SemaphoreLib's sem_open). */
    final Map<String, Long> namedSemaphores = new TreeMap<>();

    private LibState(long fileCapacity) {
        this(fileCapacity, new Output());
    }

    private LibState(long fileCapacity, Output output) {
        this.fileCapacity = fileCapacity;
        this.output = output;
    }

    /**
     * The explorer's snapshot copy, its pthread objects mapped to the kernel's copies. Thread
     * pools cannot be copied.
     */
    @Override
    public LibState copy(MachineCopy c) {
        if (!pools.isEmpty()) {
            throw new UnsupportedOperationException("QNX thread pools cannot be copied");
        }
        LibState n = new LibState(fileCapacity, output.copy());
        mutexes.copyInto(n.mutexes, c);
        condvars.copyInto(n.condvars, c);
        rwlocks.copyInto(n.rwlocks, c);
        barriers.copyInto(n.barriers, c);
        semaphores.copyInto(n.semaphores, c);
        onceWaiters.forEach((a, w) -> n.onceWaiters.put(a, OnceLib.copyWaiters(w, c)));
        n.monotonicCondvars.addAll(monotonicCondvars);
        n.strings.putAll(strings);
        n.randState = randState;
        n.nondetState = nondetState;
        n.getoptBlock = getoptBlock;
        n.strtokSave = strtokSave;
        keys.copyInto(n.keys);
        n.atexitHandlers.addAll(atexitHandlers);
        n.files = files == null ? null : files.copy();
        n.namedSemaphores.putAll(namedSemaphores);
        return n;
    }

    /** A file system no run has touched, to hash in place of one not made yet (the capacity is not hashed). */
    private static final FileSystem UNTOUCHED = new FileSystem(0);

    /** The files as the state digest sees them, without making them: most runs never touch a file. */
    FileSystem filesForDigest() {
        return files != null ? files : UNTOUCHED;
    }

    /** The run's files and open descriptors, stdin included (FileSystem, StdioLib, FileLib). */
    FileSystem files() {
        if (files == null) {
            files = new FileSystem(fileCapacity);
        }
        return files;
    }

    /** The state of {@code machine}, created on first use. */
    public static LibState of(Machine machine) {
        if (machine.libraryState() instanceof LibState s) {
            return s;
        }
        LibState s = new LibState(machine.config().memoryBytes());
        machine.setLibraryState(s);
        return s;
    }

    /** The program's stdout and stderr. */
    public Output output() {
        return output;
    }

    /**
     * srand(seed) before the program starts, and the seed of __VERIFIER_nondet_*: the runner passes
     * its configured seed here (default 1).
     */
    public void seedRandom(long seed) {
        randState = seed & 0xFFFFFFFFL;
        nondetState = seed & 0xFFFFFFFFL;
    }

    /** The program's stdin (the runner's input); empty by default, so reads see EOF. */
    public void setInput(byte[] bytes) {
        files().setStdin(bytes);
    }

    /** The kernel mutex for the pthread_mutex_t at {@code address}, or null when none exists yet. */
    public Mutex mutex(long address) {
        return mutexes.get(address);
    }

    public Semaphore semaphore(long address) {
        return semaphores.get(address);
    }

    /** The kernel rwlock for the pthread_rwlock_t at {@code address}, or null when none exists yet. */
    public RwLock rwlock(long address) {
        return rwlocks.get(address);
    }

    /**
     * The name a kernel object for the C object at {@code addr} gets in traces: the global
     * variable's name ("lock", or "forks+80" inside an array or struct), or null (the kernel's
     * default "mutex#7") for objects on the heap or a stack.
     */
    static String objectName(AddressSpace memory, long addr) {
        int seg = AddressSpace.segmentOf(addr);
        if (seg <= AddressSpace.CODE_SEGMENT || seg >= memory.segmentCount()) {
            return null;
        }
        Segment s = memory.segment(seg);
        if (s.kind() != SegmentKind.GLOBAL) {
            return null;
        }
        int offset = AddressSpace.offsetOf(addr);
        return offset == 0 ? s.name() : s.name() + "+" + offset;
    }

    /**
     * The C address of every pthread object's kernel object, read-only and kept up to date: a
     * name for it that does not depend on when it was created (for the state digest).
     */
    Map<KernelObject, Long> objectAddresses() {
        return addressesView;
    }

    /** The constant strings made so far, by text (for the state digest). */
    Map<String, Long> constantStrings() {
        return strings;
    }

    /** A read-only NUL-terminated copy of {@code text} in memory, made once per distinct text. */
    long constantString(AddressSpace memory, String text) {
        Long a = strings.get(text);
        if (a == null) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            a = AddressSpace.address(memory.newString(Arrays.copyOf(b, b.length + 1)), 0);
            strings.put(text, a);
        }
        return a;
    }
}
