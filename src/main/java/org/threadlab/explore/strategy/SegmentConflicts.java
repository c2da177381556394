package org.threadlab.explore.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import org.threadlab.cc.SourcePos;
import org.threadlab.explore.race.BuiltinAccesses;
import org.threadlab.vm.code.Function;
import org.threadlab.vm.interp.AccessListener;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinListener;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.mem.AddressSpace;
import org.threadlab.vm.mem.Segment;
import org.threadlab.vm.mem.SegmentKind;

/**
 * The check that lets a search switch threads only at kernel calls and still cover every
 * interleaving: at every scheduling choice, the <em>segments</em> the options start (what the
 * chosen thread does until the next scheduling choice) must not conflict, that is touch the same
 * bytes from two threads, one of them writing. Then any finer interleaving of two segments can
 * be reordered, access by access, into one that runs them whole, one after the other, with the
 * same result (the program is free of data races; see Musuvathi and Qadeer's CHESS), and a
 * search that tries every option at every choice has tried that one.
 *
 * <p>A segment's footprint is every shared access the VM reports (every stack counts as shared
 * here, see {@link AddressSpace#shareStacks}, so a thread's own address-taken locals are seen)
 * and, for the builtin calls it makes, their accesses ({@link BuiltinAccesses} for the string
 * functions; for other calls every object a pointer argument points into, unless the call is a
 * synchronisation call, whose pointers are its objects). The
 * builtin call a segment ends with is the boundary the search switches at: two segments' ending
 * calls do not conflict with each other, since the search runs them in both orders.
 *
 * <p>The footprints of the options of one choice are kept by its index in the search's trail,
 * merged over every execution that passed through it (a NONDET choice inside a segment makes it
 * several), and checked against each other as each segment ends. A segment is the chosen
 * thread's alone: when it blocks or ends and another thread runs without a choice, only that
 * thread could run there, so nothing of what follows is concurrent with the other options.
 */
final class SegmentConflicts {
    /** One access: byte range [offset, offset + bytes) of memory segment {@code segment}. */
    record Access(int tid, int segment, long offset, long bytes, boolean write, boolean boundary, Function fn,
                  int pc) {
        boolean conflictsWith(Access o) {
            return segment == o.segment && (write || o.write) && tid != o.tid
                    && !(boundary && o.boundary) && offset < o.offset + o.bytes && o.offset < offset + bytes;
        }
    }

    /** Builtins whose pointer arguments are synchronisation objects, not data. */
    private static final List<String> SYNC_PREFIXES = List.of("pthread_mutex", "pthread_cond", "pthread_rwlock",
            "pthread_barrier", "pthread_spin", "pthread_once", "pthread_key", "pthread_setspecific",
            "sem_", "__VERIFIER", "pthread_attr", "pthread_mutexattr", "pthread_condattr", "pthread_exit",
            "pthread_detach", "pthread_self", "pthread_equal", "pthread_setcancel", "pthread_testcancel",
            "pthread_cleanup", "sched_", "pthread_setschedparam", "pthread_getschedparam");
    /** Builtins that only read the memory their pointer arguments point to (a whole object each, to be safe). */
    private static final Set<String> READERS = Set.of("printf", "fprintf", "perror", "write", "sscanf");

    /** By trail index of a scheduling choice: each option's footprint so far. */
    private final List<Map<Integer, Set<Access>>> byChoice = new ArrayList<>();
    private final List<Access> pending = new ArrayList<>();
    private final Map<String, Boolean> sync = new HashMap<>();
    private Machine machine;
    private int replayed;
    private IntSupplier choicesMade;
    private int choice = -1;
    private int option;
    /** The thread the segment under way belongs to. */
    private int tid;
    private int lastBuiltinFrom = -1;
    private String conflict;

    /**
     * A new execution that follows the trail's first {@code replayed} choices; forgets what lay
     * below them. {@code choicesMade} tells how many choices the execution has made: until the
     * last of the replayed ones, it repeats an earlier execution, whose footprints are merged
     * already, so nothing is recorded. The machine's stacks must count as shared
     * ({@link AddressSpace#shareStacks}).
     */
    void startExecution(Machine m, int replayed, IntSupplier choicesMade) {
        machine = m;
        this.replayed = replayed;
        this.choicesMade = choicesMade;
        while (byChoice.size() > replayed) {
            byChoice.remove(byChoice.size() - 1);
        }
        pending.clear();
        choice = -1;
        lastBuiltinFrom = -1;
        m.setAccessListener(AccessListener.chain(m.accessListener(), this::access));
        m.setBuiltinListener(BuiltinListener.chain(m.builtinListener(), this::builtin));
    }

    /**
     * A scheduling choice at trail index {@code index} took alternative {@code alternative}, which
     * put {@code thread} on the CPU: its segment starts.
     */
    void startSegment(int index, int alternative, int thread) {
        choice = index;
        option = alternative;
        tid = thread;
    }

    /** The execution ended (or was pruned): its last segment ends. */
    void endExecution() {
        endSegment();
    }

    /** The first conflict found, described for people, or null. */
    String conflict() {
        return conflict;
    }

    private void access(VmThread thread, long address, int bytes, boolean write) {
        if (recording(thread)) {
            pending.add(new Access(tid, (int) (address >>> 32), (int) address, bytes, write, false,
                    thread.currentFunction(), thread.currentPc()));
            lastBuiltinFrom = -1;
        }
    }

    /** True while {@code thread}'s access belongs to the segment under way (see the class comment). */
    private boolean recording(VmThread thread) {
        if (choice >= 0 && thread.tid() != tid) {
            endSegment();
        }
        return choice >= 0 && choicesMade.getAsInt() >= replayed;
    }

    /** The data a builtin may touch: see the class comment. */
    private void builtin(VmThread thread, String name, BuiltinCall call) {
        if (!recording(thread)) {
            return;
        }
        int from = pending.size();
        if (BuiltinAccesses.knows(name)) {
            BuiltinAccesses.report(machine.memory(), name, call, (address, bytes, write) -> {
                if (writableData(address)) {
                    pending.add(new Access(tid, (int) (address >>> 32), (int) address, bytes, write, false,
                            thread.currentFunction(), thread.currentPc()));
                }
            });
        } else if (!isSync(name)) {
            boolean write = !READERS.contains(name);
            for (int i = 0; i < call.argCount(); i++) {
                wholeSegment(thread, call.arg(i), write);
            }
        }
        lastBuiltinFrom = from;
    }

    private boolean isSync(String name) {
        return sync.computeIfAbsent(name, n -> SYNC_PREFIXES.stream().anyMatch(n::startsWith));
    }

    private void wholeSegment(VmThread thread, long value, boolean write) {
        if (writableData(value)) {
            pending.add(new Access(tid, (int) (value >>> 32), 0, Long.MAX_VALUE, write, false,
                    thread.currentFunction(), thread.currentPc()));
        }
    }

    /** True when {@code value}, read as an address, points into a writable data segment. */
    private boolean writableData(long value) {
        int id = (int) (value >>> 32);
        AddressSpace mem = machine.memory();
        if (id <= AddressSpace.CODE_SEGMENT || id >= mem.segmentCount()) {
            return false;
        }
        Segment s = mem.segment(id);
        return !s.isReadOnly() && s.kind() != SegmentKind.STRING;
    }

    /** A scheduling choice is due (or the execution is over): the segment under way ends. */
    void endSegment() {
        if (choice < 0) {
            return;
        }
        while (byChoice.size() <= choice) {
            byChoice.add(new LinkedHashMap<>());
        }
        Map<Integer, Set<Access>> options = byChoice.get(choice);
        Set<Access> mine = options.computeIfAbsent(option, k -> new LinkedHashSet<>());
        for (int i = 0; i < pending.size(); i++) {
            Access a = pending.get(i);
            if (lastBuiltinFrom >= 0 && i >= lastBuiltinFrom) {
                a = new Access(a.tid, a.segment, a.offset, a.bytes, a.write, true, a.fn, a.pc);
            }
            if (mine.add(a) && conflict == null) {
                check(a, options);
            }
        }
        pending.clear();
        lastBuiltinFrom = -1;
        choice = -1;
    }

    private void check(Access a, Map<Integer, Set<Access>> options) {
        for (Map.Entry<Integer, Set<Access>> other : options.entrySet()) {
            if (other.getKey() == option) {
                continue;
            }
            for (Access b : other.getValue()) {
                if (a.conflictsWith(b)) {
                    conflict = describe(b) + " and " + describe(a);
                    return;
                }
            }
        }
    }

    private String describe(Access a) {
        Segment s = machine.memory().segment(a.segment);
        SourcePos pos = a.fn == null ? null : a.fn.posAt(a.pc);
        return "thread " + a.tid + (a.write ? " writes " : " reads ") + s.name() + (pos == null ? "" : " at " + pos);
    }
}
