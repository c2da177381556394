package org.threadlab.vm.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.threadlab.kernel.StateDigest;

import org.threadlab.vm.FaultException;
import org.threadlab.vm.FaultKind;

/**
 * Overview: the memory of one simulated process, as a table of {@link Segment}s indexed by the
 * high 32 bits of an address. Finding an address's segment is one array index; the table grows
 * by doubling and ids are never reused, so a freed block stays known and every later access to
 * it faults with the block's description.
 *
 * <p>Loads and stores are little-endian. Each checks its bounds on a fast path (offset within
 * the segment's data); everything else (a stack that must commit more bytes, a read-only
 * segment, a fault) goes to {@link #slowAccess}, which builds the fault message.
 *
 * <p>The memory budget counts the bytes of live segments. Heap allocation over budget returns
 * NULL as a real malloc would; globals, string literals and stacks over budget fault. The last
 * {@link #REMEMBERED_FREES} freed segments keep their descriptions; older ones become shared
 * tombstones, so an endless malloc/free loop costs the host one reference per block.
 */
public final class AddressSpace implements org.threadlab.kernel.AddressSpace {
    /** Segment of the NULL guard; addresses below {@link #NULL_ZONE} in it are NULL dereferences. */
    public static final int NULL_SEGMENT = 0;
    /** Segment of function addresses. */
    public static final int CODE_SEGMENT = 1;
    public static final long NULL_ZONE = 4096;
    /** Bytes a new stack commits at once; it grows by doubling up to its size. */
    static final int STACK_INITIAL_COMMIT = 1024;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Freed segments kept with their description; older ones become tombstones. */
    static final int REMEMBERED_FREES = 1 << 18;
    private static final Segment FORGOTTEN_HEAP = tombstone(SegmentKind.HEAP);
    private static final Segment FORGOTTEN_STACK = tombstone(SegmentKind.STACK);

    private final long budget;
    private int[] freedRing = new int[64];
    private int freedCount;
    private int freedHead;
    private Segment[] segments = new Segment[64];
    private int count;
    /** Every stack counts as shared from its creation (see {@link #shareStacks}). */
    private boolean stacksShared;
    private long bytesInUse;
    /** The bytes of the last scratch stack, reused by the next one. */
    private byte[] scratchBytes;
    private int scratchCommitted;
    private boolean scratchOpen;

    /** An empty address space with only the NULL guard and the code segment. */
    public AddressSpace(long memoryBudget) {
        this.budget = memoryBudget;
        add(SegmentKind.NULL_GUARD, 0, "NULL", null, 0, true, Segment.EMPTY);
        add(SegmentKind.CODE, 0, "code", null, 0, true, Segment.EMPTY);
    }

    private static Segment tombstone(SegmentKind kind) {
        Segment s = new Segment(-1, kind, 0, "forgotten", null, 0, true, Segment.EMPTY);
        s.freed = true;
        return s;
    }

    /** The address of byte {@code offset} of segment {@code segment}. */
    public static long address(int segment, int offset) {
        return (long) segment << 32 | (offset & 0xFFFF_FFFFL);
    }

    public static int segmentOf(long address) {
        return (int) (address >>> 32);
    }

    public static int offsetOf(long address) {
        return (int) address;
    }

    @Override
    public long bytesInUse() {
        return bytesInUse;
    }

    public long budget() {
        return budget;
    }

    /** Number of segments ever created (ids 0 .. count-1). */
    public int segmentCount() {
        return count;
    }

    /** The segment with id {@code id}. */
    public Segment segment(int id) {
        if (id < 0 || id >= count) {
            throw new IllegalArgumentException("no segment " + id);
        }
        return segments[id];
    }

    /**
     * fork()'s copy: the same segments under the same ids with their own bytes, so every pointer
     * means the same object in parent and child. Stacks keep their owners (the child's thread
     * adopts the forking thread's stack) and lose their shared mark.
     */
    public AddressSpace copy() {
        AddressSpace c = new AddressSpace(budget);
        c.segments = new Segment[segments.length];
        for (int i = 0; i < count; i++) {
            Segment s = segments[i];
            if (s.id < 0 || s.data.length == 0) {
                c.segments[i] = s; // tombstones, freed segments and the fixed ones hold no bytes
            } else {
                Segment d = new Segment(s.id, s.kind, s.size, s.name(), s.site, s.ownerTid, s.readOnly, s.data.clone());
                d.freed = s.freed;
                c.segments[i] = d;
            }
        }
        return withAccounting(c);
    }

    /** {@code c}, a copy of this space's segments, given this space's count and memory accounting. */
    private AddressSpace withAccounting(AddressSpace c) {
        c.count = count;
        c.bytesInUse = bytesInUse;
        c.freedRing = freedRing.clone();
        c.freedCount = freedCount;
        c.freedHead = freedHead;
        return c;
    }

    /**
     * The explorer's snapshot copy: the same segments, ids, shared marks and accounting. Segments
     * that can no longer change (read-only, freed) are shared; the others share their bytes until
     * either side writes them (copy on write). Not while a scratch stack is open.
     */
    public AddressSpace snapshot() {
        if (scratchOpen) {
            throw new IllegalStateException("an address space with an open scratch stack cannot be copied");
        }
        AddressSpace c = new AddressSpace(budget);
        c.segments = new Segment[segments.length];
        for (int i = 0; i < count; i++) {
            Segment s = segments[i];
            if (s.id < 0 || s.freed || s.readOnly) {
                c.segments[i] = s;
            } else {
                Segment d = new Segment(s.id, s.kind, s.size, s.name, s.site, s.ownerTid, false, s.data);
                d.shared = s.shared;
                d.copyOnWrite = true;
                s.copyOnWrite = true;
                c.segments[i] = d;
            }
        }
        c.stacksShared = stacksShared;
        return withAccounting(c);
    }

    /**
     * For the explorer's state hash: feeds every segment's identity, kind, size, liveness and
     * shared mark, and the bytes of every writable live one (a stack's whole committed part, dead
     * frames included, since an uninitialised local reads them), then the segment count and the
     * bytes in use. Read-only segments (string literals, const globals) never change and are
     * fed without their bytes.
     */
    public void digest(StateDigest d) {
        d.add(count).add(bytesInUse);
        for (int i = CODE_SEGMENT + 1; i < count; i++) {
            Segment s = segments[i];
            d.add(s.id).add(s.kind.ordinal()).add(s.size).add(s.freed).add(s.shared).add(s.ownerTid);
            if (!s.freed && !s.readOnly) {
                d.add(s.data, 0, s.data.length);
            }
        }
    }

    // ---------------------------------------------------------------- creating segments

    /** A global object with initial bytes {@code image}; faults when the memory budget is exceeded. */
    public int newGlobal(String name, byte[] image, boolean readOnly) {
        return newGlobal(name, image.length, image, readOnly);
    }

    /**
     * A global of {@code size} bytes starting with {@code image} (the rest zeros). The budget is
     * checked before any host memory is taken, so a huge array faults cheaply.
     */
    public int newGlobal(String name, int size, byte[] image, boolean readOnly) {
        requireBudget(size);
        return add(SegmentKind.GLOBAL, size, name, null, 0, readOnly, Arrays.copyOf(image, size)).id;
    }

    /** A read-only string literal holding {@code bytes} (its terminating NUL included). */
    public int newString(byte[] bytes) {
        requireBudget(bytes.length);
        return add(SegmentKind.STRING, bytes.length, "string literal", null, 0, true, bytes.clone()).id;
    }

    /** A stack of {@code size} bytes owned by thread {@code tid}; commits its first bytes now. */
    public int newStack(int tid, int size) {
        int commit = Math.min(size, STACK_INITIAL_COMMIT);
        requireBudget(commit);
        Segment s = add(SegmentKind.STACK, size, null, null, tid, false, new byte[commit]);
        s.shared = stacksShared;
        return s.id;
    }

    /**
     * Marks every stack, now and from its creation on, as shared, so that its owner's accesses
     * are reported to the access listener too (the explorer's check that no two threads touch
     * the same bytes between kernel calls needs to see them all). Costs a step per access to an
     * address-taken local.
     */
    public void shareStacks() {
        stacksShared = true;
        for (int i = 0; i < count; i++) {
            if (segments[i].kind == SegmentKind.STACK) {
                segments[i].shared = true;
            }
        }
    }

    /** The thread owning stack {@code id} has exited: its bytes go, later accesses fault. */
    public void releaseStack(int id) {
        release(segments[id]);
    }

    /**
     * A scratch stack of {@code size} bytes for an evaluation that must leave no trace (the
     * explorer's invariants): it takes the next segment id and is not charged to the memory
     * budget; {@link #closeScratchStack} removes it again, so the program's later segments get the
     * ids they would have had without it. No other segment may be created while it is open.
     */
    public int openScratchStack(int size) {
        byte[] data = scratchBytes != null ? scratchBytes : new byte[Math.min(size, STACK_INITIAL_COMMIT)];
        scratchBytes = null;
        if (count == segments.length) {
            segments = Arrays.copyOf(segments, count * 2);
        }
        Segment s = new Segment(count, SegmentKind.STACK, size, "scratch stack", null, 0, false, data);
        segments[count++] = s;
        scratchCommitted = data.length;
        scratchOpen = true;
        return s.id;
    }

    /** Removes the scratch stack {@code id} that {@link #openScratchStack} returned; keeps its bytes for the next one. */
    public void closeScratchStack(int id) {
        if (id != count - 1) {
            throw new IllegalStateException("scratch stack " + id + " is not the last segment (" + (count - 1) + ")");
        }
        Segment s = segments[id];
        bytesInUse -= s.data.length - scratchCommitted; // what it committed while open
        scratchBytes = s.data;
        segments[--count] = null;
        scratchOpen = false;
    }

    /**
     * Commits stack {@code id} up to {@code end} bytes. Faults with stack overflow past its size and
     * with the memory budget when the budget cannot cover it.
     */
    public void ensureStack(int id, long end) {
        Segment s = segments[id];
        if (end > s.size) {
            throw new FaultException(FaultKind.STACK_OVERFLOW,
                    "stack overflow: thread " + s.ownerTid + " used more than its " + s.size + "-byte stack",
                    address(id, s.size));
        }
        if (end > s.data.length) {
            commit(s, (int) end);
        }
    }

    private void commit(Segment s, int end) {
        int grown = Math.max(end, s.data.length * 2);
        grown = Math.min(grown, s.size);
        requireBudget(grown - s.data.length);
        bytesInUse += grown - s.data.length;
        s.data = Arrays.copyOf(s.data, grown);
        s.copyOnWrite = false; // its own bytes now
    }

    private Segment add(SegmentKind kind, int size, String name, String site, int ownerTid, boolean readOnly,
                        byte[] data) {
        if (count == segments.length) {
            segments = Arrays.copyOf(segments, count * 2);
        }
        Segment s = new Segment(count, kind, size, name, site, ownerTid, readOnly, data);
        segments[count++] = s;
        bytesInUse += data.length;
        return s;
    }

    private void release(Segment s) {
        bytesInUse -= s.committed();
        s.freed = true;
        s.data = Segment.EMPTY;
        rememberFreed(s.id);
    }

    /**
     * Keeps the last {@link #REMEMBERED_FREES} freed segments in full; an older one is replaced by a
     * shared tombstone of its kind, so a program that allocates and frees for ever holds host
     * memory for one reference per segment id, not one object. Its faults then say "freed long ago"
     * instead of naming the size and the allocation site.
     */
    private void rememberFreed(int id) {
        if (freedCount == REMEMBERED_FREES) {
            int oldest = freedRing[freedHead];
            Segment old = segments[oldest];
            segments[oldest] = old.kind == SegmentKind.STACK ? FORGOTTEN_STACK : FORGOTTEN_HEAP;
            freedRing[freedHead] = id;
            freedHead = (freedHead + 1) % REMEMBERED_FREES;
        } else {
            if (freedRing.length == freedCount) {
                freedRing = Arrays.copyOf(freedRing, Math.min(REMEMBERED_FREES, freedCount * 2));
            }
            freedRing[freedCount++] = id;
        }
    }

    private void requireBudget(long bytes) {
        if (bytesInUse + bytes > budget) {
            throw new FaultException(FaultKind.BUDGET, "memory budget of " + budget + " bytes exceeded");
        }
    }

    // ---------------------------------------------------------------- heap

    /** malloc: a new block of {@code size} bytes (zeroed), or 0 (NULL) when the budget cannot hold it. */
    public long malloc(long size, String site) {
        if (size < 0 || size > Integer.MAX_VALUE - 8 || bytesInUse + size > budget) {
            return 0;
        }
        return address(add(SegmentKind.HEAP, (int) size, "heap block", site, 0, false, new byte[(int) size]).id, 0);
    }

    /** calloc: {@code n * size} zeroed bytes, or NULL on overflow or when over budget. */
    public long calloc(long n, long size, String site) {
        if (n < 0 || size < 0 || (size != 0 && n > Long.MAX_VALUE / size)) {
            return 0;
        }
        return malloc(n * size, site);
    }

    /** free: NULL is ignored; anything but the start of a live heap block faults. */
    public void free(long ptr) {
        if (ptr == 0) {
            return;
        }
        release(heapBlock(ptr, "free"));
    }

    /**
     * realloc with C semantics: NULL acts as malloc; size 0 frees and returns NULL (as glibc); on
     * success the contents up to the smaller size move to a new block and the old one is freed;
     * when the budget cannot hold the new block it returns NULL and the old block stays.
     */
    public long realloc(long ptr, long size, String site) {
        if (ptr == 0) {
            return malloc(size, site);
        }
        Segment old = heapBlock(ptr, "realloc");
        if (size == 0) {
            release(old);
            return 0;
        }
        long fresh = malloc(size, site);
        if (fresh == 0) {
            return 0;
        }
        Segment s = segments[segmentOf(fresh)];
        System.arraycopy(old.data, 0, s.data, 0, (int) Math.min(old.size, size));
        release(old);
        return fresh;
    }

    /** The live heap block {@code ptr} starts; faults for anything else. */
    private Segment heapBlock(long ptr, String operation) {
        long id = ptr >>> 32;
        int off = offsetOf(ptr);
        if (id >= count || id == NULL_SEGMENT) {
            throw new FaultException(FaultKind.INVALID_FREE,
                    operation + " of invalid address 0x" + Long.toHexString(ptr), ptr);
        }
        Segment s = segments[(int) id];
        if (s.kind != SegmentKind.HEAP) {
            throw new FaultException(FaultKind.INVALID_FREE,
                    operation + " of a pointer to " + s.describe() + ", which malloc did not return", ptr);
        }
        if (s.freed) {
            if (operation.equals("free")) {
                throw new FaultException(FaultKind.DOUBLE_FREE, "double free of " + s.describe(), ptr);
            }
            throw new FaultException(FaultKind.USE_AFTER_FREE, useAfterFree(s), ptr);
        }
        if (off != 0) {
            throw new FaultException(FaultKind.INVALID_FREE, operation + " of a pointer to offset " + off
                    + " of " + s.describe() + ", not to its start", ptr);
        }
        return s;
    }

    private static String useAfterFree(Segment s) {
        if (s == FORGOTTEN_HEAP || s == FORGOTTEN_STACK) {
            return "use after free of " + s.describe();
        }
        if (s.kind == SegmentKind.STACK) {
            return "use of the stack of thread " + s.ownerTid + " after the thread exited";
        }
        return "use after free of a block of " + Segment.bytes(s.size) + " allocated at " + s.site;
    }

    // ---------------------------------------------------------------- loads and stores

    /** The segment holding {@code n} readable bytes at {@code addr}; faults otherwise. */
    public Segment readable(long addr, int n) {
        long id = addr >>> 32;
        if (id < count) {
            Segment s = segments[(int) id];
            int off = (int) addr;
            if (off >= 0 && off <= s.data.length - n) {
                return s;
            }
        }
        return slowAccess(addr, n, false);
    }

    /** The segment holding {@code n} writable bytes at {@code addr}; faults otherwise. */
    public Segment writable(long addr, int n) {
        long id = addr >>> 32;
        if (id < count) {
            Segment s = segments[(int) id];
            int off = (int) addr;
            if (!s.readOnly && !s.copyOnWrite && off >= 0 && off <= s.data.length - n) {
                return s;
            }
        }
        return slowAccess(addr, n, true);
    }

    public long loadI8(long addr) {
        return readable(addr, 1).data[(int) addr];
    }

    public long loadU8(long addr) {
        return readable(addr, 1).data[(int) addr] & 0xFFL;
    }

    public long loadI16(long addr) {
        return (short) SHORT.get(readable(addr, 2).data, (int) addr);
    }

    public long loadU16(long addr) {
        return (short) SHORT.get(readable(addr, 2).data, (int) addr) & 0xFFFFL;
    }

    public long loadI32(long addr) {
        return (int) INT.get(readable(addr, 4).data, (int) addr);
    }

    public long loadU32(long addr) {
        return (int) INT.get(readable(addr, 4).data, (int) addr) & 0xFFFF_FFFFL;
    }

    public long load64(long addr) {
        return (long) LONG.get(readable(addr, 8).data, (int) addr);
    }

    public double loadF64(long addr) {
        return Double.longBitsToDouble(load64(addr));
    }

    public float loadF32(long addr) {
        return Float.intBitsToFloat((int) loadI32(addr));
    }

    public void store8(long addr, long value) {
        writable(addr, 1).data[(int) addr] = (byte) value;
    }

    public void store16(long addr, long value) {
        SHORT.set(writable(addr, 2).data, (int) addr, (short) value);
    }

    public void store32(long addr, long value) {
        INT.set(writable(addr, 4).data, (int) addr, (int) value);
    }

    public void store64(long addr, long value) {
        LONG.set(writable(addr, 8).data, (int) addr, value);
    }

    public void storeF64(long addr, double value) {
        store64(addr, Double.doubleToRawLongBits(value));
    }

    public void storeF32(long addr, float value) {
        store32(addr, Float.floatToRawIntBits(value));
    }

    /**
     * Everything the fast path does not handle: commits stack bytes, or throws the fault that
     * explains why {@code n} bytes at {@code addr} cannot be accessed.
     */
    private Segment slowAccess(long addr, long n, boolean write) {
        long id = addr >>> 32;
        long off = (int) addr;
        if (off < 0 && id + 1 < count && id + 1 > CODE_SEGMENT) {
            id++; // a small negative offset from a pointer into the next segment (p[-1])
        } else {
            off = addr & 0xFFFF_FFFFL;
        }
        if (id == NULL_SEGMENT && addr >= 0 && addr < NULL_ZONE) {
            throw new FaultException(FaultKind.NULL_POINTER, "NULL pointer dereference", addr);
        }
        if (id >= count || id <= CODE_SEGMENT) {
            throw new FaultException(FaultKind.INVALID_ADDRESS, "invalid address 0x" + Long.toHexString(addr), addr);
        }
        Segment s = segments[(int) id];
        if (s.freed) {
            throw new FaultException(FaultKind.USE_AFTER_FREE, useAfterFree(s), addr);
        }
        boolean inBounds = off >= 0 && off + n <= s.size;
        if (!inBounds) {
            throw new FaultException(FaultKind.OUT_OF_BOUNDS,
                    "out-of-bounds access: " + Segment.bytes(n) + " at offset " + off + " of " + s.describe(), addr);
        }
        if (write && s.readOnly) {
            String what = s.kind == SegmentKind.STRING ? "a string literal" : "the read-only global '" + s.name + "'";
            throw new FaultException(FaultKind.WRITE_TO_READ_ONLY, "write to " + what, addr);
        }
        if (off + n > s.data.length) { // a stack's uncommitted bytes
            commit(s, (int) (off + n));
        }
        if (write && s.copyOnWrite) {
            s.data = s.data.clone();
            s.copyOnWrite = false;
        }
        return s;
    }

    // ---------------------------------------------------------------- bulk operations

    /** memmove (and memcpy, struct copy): copies {@code n} bytes, overlapping ranges allowed. */
    public void copy(long dst, long src, long n) {
        if (n <= 0) {
            return;
        }
        int len = length(n, src);
        Segment from = range(src, len, false);
        Segment to = range(dst, len, true);
        System.arraycopy(from.data, (int) src, to.data, (int) dst, len);
    }

    /** memset: fills {@code n} bytes with {@code value}'s low byte. */
    public void fill(long dst, int value, long n) {
        if (n <= 0) {
            return;
        }
        int len = length(n, dst);
        Segment to = range(dst, len, true);
        Arrays.fill(to.data, (int) dst, (int) dst + len, (byte) value);
    }

    /** memcmp: sign of the first differing byte pair, compared as unsigned char; 0 when equal. */
    public int compare(long a, long b, long n) {
        if (n <= 0) {
            return 0;
        }
        int len = length(n, a);
        Segment sa = range(a, len, false);
        Segment sb = range(b, len, false);
        int i = Arrays.mismatch(sa.data, (int) a, (int) a + len, sb.data, (int) b, (int) b + len);
        return i < 0 ? 0 : Integer.signum((sa.data[(int) a + i] & 0xFF) - (sb.data[(int) b + i] & 0xFF));
    }

    /** strlen: bytes before the first NUL; faults when the object ends first. */
    public long strlen(long addr) {
        Segment s = readable(addr, 1);
        int start = (int) addr;
        for (int i = start; i < s.data.length; i++) {
            if (s.data[i] == 0) {
                return i - start;
            }
        }
        slowAccess(address(s.id, s.data.length), 1, false);
        throw new AssertionError("a stack's committed bytes end before its size");
    }

    /** The bytes of the NUL-terminated string at {@code addr}, without the NUL. */
    public byte[] readCString(long addr) {
        int len = (int) strlen(addr);
        return readBytes(addr, len);
    }

    /** A copy of {@code n} bytes at {@code addr}. */
    public byte[] readBytes(long addr, int n) {
        if (n == 0) {
            return Segment.EMPTY;
        }
        Segment s = range(addr, n, false);
        return Arrays.copyOfRange(s.data, (int) addr, (int) addr + n);
    }

    /** Stores {@code bytes} at {@code addr}. */
    public void writeBytes(long addr, byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        Segment s = range(addr, bytes.length, true);
        System.arraycopy(bytes, 0, s.data, (int) addr, bytes.length);
    }

    /** Writes {@code bytes} at load time, even into a read-only segment (relocations of const tables). */
    public void patch(long addr, byte[] bytes) {
        Segment s = readable(addr, bytes.length);
        if (s.copyOnWrite) {
            s.data = s.data.clone();
            s.copyOnWrite = false;
        }
        System.arraycopy(bytes, 0, s.data, (int) addr, bytes.length);
    }

    private Segment range(long addr, int n, boolean write) {
        return write ? writable(addr, n) : readable(addr, n);
    }

    /** {@code n} as an int, or the out-of-bounds fault a range that large always is. */
    private int length(long n, long addr) {
        if (n > Integer.MAX_VALUE) {
            slowAccess(addr, n, false);
        }
        return (int) n;
    }
}
