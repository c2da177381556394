package org.threadlab.vm.lib;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

import org.threadlab.kernel.KernelObject;
import org.threadlab.vm.interp.MachineCopy;

/**
 * The pthread objects of one kind (mutexes, semaphores, ...) by the address of their C object,
 * in address order, the order the state digest feeds them in. Every table of a run shares one
 * index from kernel object to address ({@link LibState#objectAddresses}), kept up to date as
 * objects come and go, so the digest names an object by its address without a search. The
 * index is an identity map only looked up, never listed.
 */
final class ObjectTable<T extends KernelObject> {
    private final TreeMap<Long, T> byAddress = new TreeMap<>();
    private final Map<KernelObject, Long> addresses;

    ObjectTable(Map<KernelObject, Long> addresses) {
        this.addresses = addresses;
    }

    T get(long address) {
        return byAddress.get(address);
    }

    boolean containsKey(long address) {
        return byAddress.containsKey(address);
    }

    /** The object at {@code address}, made by {@code create} on first use. */
    T computeIfAbsent(long address, LongFunction<? extends T> create) {
        T o = byAddress.get(address);
        if (o == null) {
            o = create.apply(address);
            put(address, o);
        }
        return o;
    }

    /** Puts {@code o} at {@code address}, in place of the object there if any. */
    void put(long address, T o) {
        T old = byAddress.put(address, o);
        if (old != null) {
            addresses.remove(old);
        }
        addresses.put(o, address);
    }

    void remove(long address) {
        T old = byAddress.remove(address);
        if (old != null) {
            addresses.remove(old);
        }
    }

    /** Fills the empty {@code to} with the copies of these objects (the explorer's snapshots). */
    void copyInto(ObjectTable<T> to, MachineCopy c) {
        for (Map.Entry<Long, T> e : byAddress.entrySet()) {
            to.put(e.getKey(), c.object(e.getValue()));
        }
    }

    int size() {
        return byAddress.size();
    }

    /** The objects by address, in address order. */
    Set<Map.Entry<Long, T>> entries() {
        return byAddress.entrySet();
    }
}
