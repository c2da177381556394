package org.threadlab.explore;

import java.util.Locale;

import org.threadlab.vm.mem.AddressSpace;
import org.threadlab.vm.mem.Segment;
import org.threadlab.vm.mem.SegmentKind;

/**
 * How the explorer's reports name memory: a global by its name, a thread's stack by its thread,
 * anything else by its kind and segment number ("heap block 3").
 */
public final class MemoryNames {
    private MemoryNames() {
    }

    /** "count", "stack of thread 2", "heap block 3", or "address 0x1f" outside every object. */
    public static String base(AddressSpace memory, long address) {
        Segment s = segment(memory, address);
        if (s == null) {
            return "address 0x" + Long.toHexString(address);
        }
        return switch (s.kind()) {
            case GLOBAL -> s.name();
            case STACK -> "stack of thread " + s.ownerTid();
            default -> s.kind().name().toLowerCase(Locale.ROOT) + " block " + AddressSpace.segmentOf(address);
        };
    }

    /** The object as a sentence names it: "'count'", "a local of thread 2", "heap block 3". */
    public static String object(AddressSpace memory, long address) {
        Segment s = segment(memory, address);
        if (s != null && s.kind() == SegmentKind.GLOBAL) {
            return "'" + s.name() + "'";
        }
        if (s != null && s.kind() == SegmentKind.STACK) {
            return "a local of thread " + s.ownerTid();
        }
        return base(memory, address);
    }

    /** {@link #base} with the offset into the object when it is not 0: "buf+8". */
    public static String place(AddressSpace memory, long address) {
        int offset = AddressSpace.offsetOf(address);
        return offset == 0 || segment(memory, address) == null ? base(memory, address)
                : base(memory, address) + "+" + offset;
    }

    private static Segment segment(AddressSpace memory, long address) {
        int id = AddressSpace.segmentOf(address);
        return id <= AddressSpace.CODE_SEGMENT || id >= memory.segmentCount() ? null : memory.segment(id);
    }
}
