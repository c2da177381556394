package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.threadlab.kernel.Kernel;
import org.threadlab.kernel.KernelObject;
import org.threadlab.kernel.SimThread;

/**
 * One run of a program as operations and invariants see it: the kernel, the program's objects in
 * declaration order and its threads in creation order, with lookups by name (lookups only: every
 * iteration goes over the lists, so runs stay deterministic).
 */
public final class RunView {
    private final Kernel kernel;
    private final List<KernelObject> objects = new ArrayList<>();
    private final Map<String, KernelObject> objectsByName = new HashMap<>();
    private final List<SimThread> threads = new ArrayList<>();
    private final Map<String, SimThread> threadsByLabel = new HashMap<>();

    RunView(Kernel kernel) {
        this.kernel = kernel;
    }

    void addObject(KernelObject o) {
        objects.add(o);
        objectsByName.put(o.name(), o);
    }

    void addThread(SimThread t) {
        threads.add(t);
        threadsByLabel.put(t.label(), t);
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The program's objects, in declaration order. */
    public List<KernelObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    /** The object named {@code name}, as {@code type}. */
    public <T extends KernelObject> T object(String name, Class<T> type) {
        KernelObject o = objectsByName.get(name);
        if (o == null) {
            throw new IllegalArgumentException("no object " + name + " in this program");
        }
        return type.cast(o);
    }

    /** The object named {@code name}, or null when the program has none. */
    public KernelObject find(String name) {
        return objectsByName.get(name);
    }

    /** The program's objects of {@code type}, in declaration order. */
    public <T extends KernelObject> List<T> objects(Class<T> type) {
        List<T> of = new ArrayList<>();
        for (KernelObject o : objects) {
            if (type.isInstance(o)) {
                of.add(type.cast(o));
            }
        }
        return of;
    }

    /** The program's threads, in creation order. */
    public List<SimThread> threads() {
        return Collections.unmodifiableList(threads);
    }

    /** The thread labelled {@code label}, or null when the program has none (it was shrunk away). */
    public SimThread thread(String label) {
        return threadsByLabel.get(label);
    }

    /** The program's thread with kernel id {@code tid} (reaped ones too), or null. */
    public SimThread threadByTid(int tid) {
        for (SimThread t : threads) {
            if (t.tid() == tid) {
                return t;
            }
        }
        return null;
    }

    /**
     * Everything a thread can wait on in this run: the program's objects, every thread not yet
     * reaped (joins) and the kernel's clock (sleeps).
     */
    public List<KernelObject> waitables() {
        List<KernelObject> all = new ArrayList<>(objects);
        all.addAll(kernel.threads());
        all.add(kernel.clock());
        return all;
    }
}
