package org.threadlab.explore.race;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;
import org.threadlab.kernel.SyncListener;
import org.threadlab.kernel.event.LockMode;
import org.threadlab.vm.interp.AccessListener;
import org.threadlab.vm.interp.BuiltinCall;
import org.threadlab.vm.interp.BuiltinListener;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.interp.VmThread;
import org.threadlab.vm.mem.AddressSpace;
import org.threadlab.vm.mem.Segment;
import org.threadlab.vm.mem.SegmentKind;

/**
 * Overview: a happens-before data race detector for one execution. Vector clocks per thread and
 * per synchronisation object (kernel objects by id, atomic addresses by address) follow the
 * edges the kernel reports through {@link SyncListener}; every shared access the VM reports
 * through {@link AccessListener} is checked against the shadow state of each byte it touches
 * (byte granular, so neighbouring fields or array elements written by different threads under
 * different locks never look like a race). The first race is kept and the kernel halted, with
 * the race's {@link Race#key()} as the halt reason, so the execution ends right there.
 *
 * <p>Freed memory needs no reset: the shadow state is keyed by address, whose high half is the
 * segment id, and segment ids are never reused, so a block from a later malloc is new memory.
 *
 * <p>Library calls do not report their accesses to the VM's listener; the ones
 * {@link BuiltinAccesses} knows (the mem and str functions, the data words pthread calls write)
 * are checked from their arguments before the call. Not seen: the other calls' accesses (printf
 * of a shared buffer, the atomics themselves, which are synchronisation) and a thread's accesses
 * to its own stack before another thread first touched that stack. The maps are only looked
 * up, never iterated, so their order cannot matter.
 */
public final class RaceDetector implements SyncListener, AccessListener {
    private final Machine machine;
    private final List<VectorClock> threads = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    /** Clocks of kernel objects, by id: everything released into them so far. */
    private final Map<Integer, VectorClock> objects = new HashMap<>();
    /** Read releases of rwlocks, by id: a writer acquires them, a reader does not. */
    private final Map<Integer, VectorClock> readReleases = new HashMap<>();
    private final Map<Long, VectorClock> addresses = new HashMap<>();
    private final Map<Long, Shadow> shadow = new HashMap<>();
    private Race race;

    private RaceDetector(Machine machine) {
        this.machine = machine;
    }

    /** A detector listening to {@code machine}'s kernel and shared accesses. */
    public static RaceDetector attach(Machine machine) {
        RaceDetector d = new RaceDetector(machine);
        machine.kernel().setSyncListener(d);
        machine.setAccessListener(AccessListener.chain(machine.accessListener(), d));
        machine.setBuiltinListener(BuiltinListener.chain(machine.builtinListener(), d::beforeBuiltin));
        return d;
    }

    /** The first race found, or null. */
    public Race race() {
        return race;
    }

    /** The first race described for people, or null when none was found. */
    public String message() {
        return race == null ? null : race.message(machine);
    }

    // ---------------------------------------------------------------- happens-before edges

    @Override
    public void acquired(SimThread thread, KernelObject object, LockMode mode) {
        VectorClock c = clock(thread.tid());
        VectorClock released = objects.get(object.id());
        if (released != null) {
            c.join(released);
        }
        if (mode == LockMode.EXCLUSIVE) {
            VectorClock reads = readReleases.get(object.id());
            if (reads != null) {
                c.join(reads);
            }
        }
    }

    @Override
    public void released(SimThread thread, KernelObject object, LockMode mode) {
        Map<Integer, VectorClock> into = mode == LockMode.SHARED ? readReleases : objects;
        VectorClock c = clock(thread.tid());
        into.computeIfAbsent(object.id(), k -> new VectorClock()).join(c);
        c.increment(thread.tid());
    }

    @Override
    public void synchronizedOn(SimThread thread, long address) {
        VectorClock c = clock(thread.tid());
        VectorClock at = addresses.computeIfAbsent(address, k -> new VectorClock());
        c.join(at);
        at.join(c);
        c.increment(thread.tid());
    }

    @Override
    public void created(SimThread creator, SimThread child) {
        VectorClock c = clock(child.tid());
        label(child.tid(), child.label());
        if (creator != null) {
            VectorClock parent = clock(creator.tid());
            c.join(parent);
            parent.increment(creator.tid());
        }
    }

    // ---------------------------------------------------------------- accesses

    @Override
    public void onSharedAccess(VmThread thread, long address, int bytes, boolean write) {
        if (race != null) {
            return;
        }
        int tid = thread.tid();
        VectorClock c = clock(tid);
        Access now = new Access(tid, label(tid), c.get(tid), write, thread.currentPos());
        for (int i = 0; i < bytes; i++) {
            Access earlier = check(shadow.computeIfAbsent(address + i, k -> new Shadow()), now, c);
            if (earlier != null) {
                race = new Race(address, bytes, earlier, now);
                machine.kernel().halt(race.key());
                return;
            }
        }
    }

    /** A library call's accesses, checked as the call starts (the thread's own unshared stack cannot race). */
    private void beforeBuiltin(VmThread thread, String name, BuiltinCall call) {
        if (race != null || !BuiltinAccesses.knows(name)) {
            return;
        }
        AddressSpace memory = machine.memory();
        BuiltinAccesses.report(memory, name, call, (address, bytes, write) -> {
            int id = (int) (address >>> 32);
            if (id <= 0 || id >= memory.segmentCount()) {
                return;
            }
            Segment s = memory.segment(id);
            if (s.kind() != SegmentKind.STACK || s.ownerTid() != thread.tid() || s.isShared()) {
                onSharedAccess(thread, address, (int) bytes, write);
            }
        });
    }

    /** Records {@code now} in {@code s}; returns an earlier access it races with, or null. */
    private static Access check(Shadow s, Access now, VectorClock c) {
        if (s.write != null && unordered(s.write, now, c)) {
            return s.write;
        }
        if (now.write()) {
            for (Access r : s.reads) {
                if (unordered(r, now, c)) {
                    return r;
                }
            }
            s.write = now;
            s.reads.clear();
        } else {
            s.reads.removeIf(r -> r.tid() == now.tid() || c.covers(r.tid(), r.time()));
            s.reads.add(now);
        }
        return null;
    }

    private static boolean unordered(Access earlier, Access now, VectorClock c) {
        return earlier.tid() != now.tid() && !c.covers(earlier.tid(), earlier.time());
    }

    /** Thread {@code tid}'s clock; a thread first seen here (main, created before attach) starts at 1. */
    private VectorClock clock(int tid) {
        while (threads.size() <= tid) {
            threads.add(null);
        }
        VectorClock c = threads.get(tid);
        if (c == null) {
            c = new VectorClock();
            c.set(tid, 1);
            threads.set(tid, c);
        }
        return c;
    }

    private void label(int tid, String label) {
        while (labels.size() <= tid) {
            labels.add(null);
        }
        labels.set(tid, label);
    }

    private String label(int tid) {
        String l = tid < labels.size() ? labels.get(tid) : null;
        if (l == null) {
            for (SimThread t : machine.kernel().threads()) {
                if (t.tid() == tid) {
                    l = t.label();
                }
            }
            label(tid, l == null ? "?" : l);
        }
        return labels.get(tid);
    }
}
