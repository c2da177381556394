package org.threadlab.explore.race;


import org.threadlab.explore.MemoryNames;
import org.threadlab.vm.interp.Machine;
import org.threadlab.vm.mem.AddressSpace;

/**
 * A data race: two accesses to the same memory from different threads, at least one a write,
 * with no happens-before between them. {@code first} is the earlier access (remembered in the
 * shadow memory), {@code second} the one that found it; {@code address} and {@code bytes} are
 * the second access's.
 */
public record Race(long address, int bytes, Access first, Access second) {
    /** Prefix of the kernel halt reason, and so of {@link #key()}. */
    public static final String PREFIX = "data race: ";

    /**
     * What makes two races the same race, whichever threads run the lines and in which order:
     * "data race: racy.c:10 read / racy.c:10 write". The detector halts the kernel with it.
     */
    public String key() {
        String a = first.key();
        String b = second.key();
        return PREFIX + (a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a);
    }

    /**
     * "data race on 'count' (4 bytes at count+0): thread 2 (inc) writes at racy.c:10 "count++;" /
     * thread 3 (inc) reads at racy.c:10 "count++;" with no happens-before between them".
     */
    public String message(Machine machine) {
        AddressSpace memory = machine.memory();
        String object = MemoryNames.object(memory, address);
        String base = MemoryNames.base(memory, address);
        int offset = AddressSpace.offsetOf(address);
        return "data race on " + object + " (" + bytes + (bytes == 1 ? " byte" : " bytes") + " at " + base + "+"
                + offset + "): " + first.describe() + " / " + second.describe()
                + " with no happens-before between them";
    }
}
