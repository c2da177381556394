package org.threadlab.vm.mem;

/**
 * One object in memory. {@code data} holds its bytes; for every kind but {@link SegmentKind#STACK}
 * its length is exactly {@code size}. A stack commits bytes lazily: {@code data} grows (doubling)
 * up to {@code size} as the thread uses it, so an idle thread costs little of the memory budget.
 * A freed segment keeps its description and size but its data becomes empty, so every later
 * access reaches the slow path and faults.
 *
 * <p>Fields are package-private and mutable for the interpreter's fast path; only
 * {@link AddressSpace} changes them, except {@link #shared}, which the interpreter sets.
 */
public final class Segment {
    static final byte[] EMPTY = new byte[0];

    final int id;
    final SegmentKind kind;
    final int size;
    final String name;
    /** Where a heap block was allocated ("prog.c:12"), or null. */
    final String site;
    /** Owning thread of a stack; 0 for other kinds. */
    final int ownerTid;
    final boolean readOnly;
    byte[] data;
    boolean freed;
    /** A stack another thread has accessed: from then on every access to it is a step. */
    boolean shared;
    /**
     * The bytes are shared with a segment of a snapshot copy ({@link AddressSpace#snapshot}):
     * the first write through either copies them first.
     */
    boolean copyOnWrite;

    Segment(int id, SegmentKind kind, int size, String name, String site, int ownerTid, boolean readOnly,
            byte[] data) {
        this.id = id;
        this.kind = kind;
        this.size = size;
        this.name = name;
        this.site = site;
        this.ownerTid = ownerTid;
        this.readOnly = readOnly;
        this.data = data;
    }

    public int id() {
        return id;
    }

    public SegmentKind kind() {
        return kind;
    }

    /** Size in bytes (for a stack, its maximum). */
    public int size() {
        return size;
    }

    public String name() {
        // a stack's name is made when asked for: runs create stacks far more often than they name them
        return name != null || kind != SegmentKind.STACK ? name : "stack of thread " + ownerTid;
    }

    public int ownerTid() {
        return ownerTid;
    }

    public boolean isFreed() {
        return freed;
    }

    /** String literals, const globals and the fixed segments: never written. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isShared() {
        return shared;
    }

    /** Marks a stack as touched by a thread other than its owner. */
    public void markShared() {
        shared = true;
    }

    /** Bytes this segment counts against the memory budget. */
    long committed() {
        return freed ? 0 : data.length;
    }

    /**
     * The object as a fault message names it: "a 40-byte global 'buf'", "a heap block of 12 bytes
     * allocated at prog.c:7", "the stack of thread 3", "a 6-byte string literal".
     */
    public String describe() {
        if (id < 0) {
            return kind == SegmentKind.STACK ? "the stack of a thread that exited long ago" : "a heap block freed long ago";
        }
        return switch (kind) {
            case NULL_GUARD -> "the NULL guard";
            case CODE -> "function code";
            case GLOBAL -> article(size) + " " + size + "-byte global '" + name + "'";
            case STRING -> article(size) + " " + size + "-byte string literal";
            case HEAP -> "a heap block of " + bytes(size) + " allocated at " + site;
            case STACK -> "the stack of thread " + ownerTid;
        };
    }

    /** "an" before numbers spoken with a leading vowel (8, 11, 18, 80-89, 8000, 11000 ...), else "a". */
    static String article(long n) {
        String digits = Long.toString(n);
        boolean vowel = digits.startsWith("8")
                || digits.length() % 3 == 2 && (digits.startsWith("11") || digits.startsWith("18"));
        return vowel ? "an" : "a";
    }

    /** "1 byte", "40 bytes". */
    static String bytes(long n) {
        return n == 1 ? "1 byte" : n + " bytes";
    }
}
