package org.threadlab.kernel.prop;

import java.util.ArrayList;
import java.util.List;

/** A program being generated: the objects declared so far and the labels of its threads. */
public final class ProgramDraft {
    private final List<ObjectSpec> objects = new ArrayList<>();
    private final List<String> threadLabels;

    ProgramDraft(List<String> threadLabels) {
        this.threadLabels = List.copyOf(threadLabels);
    }

    /** Declares {@code spec}; its name must be new. */
    public void add(ObjectSpec spec) {
        for (ObjectSpec o : objects) {
            if (o.name().equals(spec.name())) {
                throw new IllegalArgumentException("object " + spec.name() + " declared twice");
            }
        }
        objects.add(spec);
    }

    /** The declared objects of {@code type}, in declaration order. */
    public <T extends ObjectSpec> List<T> objects(Class<T> type) {
        List<T> of = new ArrayList<>();
        for (ObjectSpec o : objects) {
            if (type.isInstance(o)) {
                of.add(type.cast(o));
            }
        }
        return of;
    }

    public List<ObjectSpec> objects() {
        return List.copyOf(objects);
    }

    /** Labels of all the program's threads (T1, T2, ...). */
    public List<String> threadLabels() {
        return threadLabels;
    }
}
