package org.threadlab.vm.code;

/** A jump target in a {@link FunctionBuilder}: created unbound, bound once to a code index. */
public final class Label {
    int position = -1;

    public boolean isBound() {
        return position >= 0;
    }

    /** The code index this label is bound to; -1 while unbound. */
    public int position() {
        return position;
    }
}
