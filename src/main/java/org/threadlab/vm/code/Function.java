package org.threadlab.vm.code;

import org.threadlab.cc.SourcePos;

/**
 * One compiled C function. Parameters arrive in slots {@code 0 .. params-1}; slots hold the
 * locals whose address is never taken. {@code frameSize} bytes of frame memory on the thread's
 * stack hold the others (FRAME_ADDR offsets). A variadic function receives its extra arguments
 * in its variadic area (see {@code package-info}). {@code maxStack} is filled in by
 * {@link Verifier} when the {@link Program} is built.
 *
 * <p>Immutable by contract: the interpreter reads {@link #code} directly for speed, so nobody may
 * change the array after construction.
 */
public final class Function {
    public final String name;
    public final int params;
    public final int slots;
    public final int frameSize;
    public final boolean variadic;
    public final int[] code;
    public final LineTable lines;
    int maxStack = -1;
    private volatile SlotLiveness liveness;

    /** Validates the shape; the code itself is checked by {@link Verifier} when the program is built. */
    public Function(String name, int params, int slots, int frameSize, boolean variadic, int[] code, LineTable lines) {
        if (params < 0 || slots < params) {
            throw new IllegalArgumentException(name + ": slots (" + slots + ") must hold the " + params + " parameters");
        }
        if (frameSize < 0 || frameSize > 1 << 30) {
            throw new IllegalArgumentException(name + ": bad frame size " + frameSize);
        }
        this.name = name;
        this.params = params;
        this.slots = slots;
        this.frameSize = frameSize;
        this.variadic = variadic;
        this.code = code.clone();
        this.lines = lines;
    }

    /** Deepest operand stack the function's own code reaches. */
    public int maxStack() {
        return maxStack;
    }

    /** Which slots are live at each instruction, computed on first use (for the explorer's state hash). */
    public SlotLiveness liveness() {
        SlotLiveness l = liveness;
        if (l == null) {
            l = SlotLiveness.of(this);
            liveness = l;
        }
        return l;
    }

    /** The source position of the instruction at {@code pc}, or null. */
    public SourcePos posAt(int pc) {
        return lines.at(pc);
    }

    @Override
    public String toString() {
        return name;
    }
}
