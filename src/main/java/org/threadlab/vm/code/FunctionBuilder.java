package org.threadlab.vm.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.threadlab.cc.SourcePos;

/**
 * Emits one function's code for the code generator (and the assembler): instructions with their
 * operands, labels bound later than the jumps that use them, switch tables, and the source
 * position of what follows ({@link #at}). {@link #build} resolves the labels and makes the
 * {@link Function}; the {@link Program} verifies it.
 */
public final class FunctionBuilder {
    private final String name;
    private final LineTable.Builder lines = new LineTable.Builder();
    private final List<Label> fixupLabels = new ArrayList<>();
    private int[] fixupAt = new int[16];
    private int[] code = new int[64];
    private int size;

    public FunctionBuilder(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Code index the next instruction will have. */
    public int size() {
        return size;
    }

    /** The instructions emitted from now on come from {@code pos} (null: unknown). */
    public FunctionBuilder at(SourcePos pos) {
        lines.mark(size, pos);
        return this;
    }

    /** Emits {@code op} with its fixed operands (none for most; see {@link Op#operands}). */
    public FunctionBuilder op(int op, int... operands) {
        String kinds = Op.operands(op);
        if (kinds.equals("*") || kinds.indexOf('l') >= 0) {
            throw new IllegalArgumentException(Op.name(op) + " takes labels: use jump or the switch methods");
        }
        if (operands.length != kinds.length()) {
            throw new IllegalArgumentException(Op.name(op) + " takes " + kinds.length() + " operands, got " + operands.length);
        }
        emit(op);
        for (int v : operands) {
            emit(v);
        }
        return this;
    }

    public Label newLabel() {
        return new Label();
    }

    /** Binds {@code label} to the next instruction. */
    public FunctionBuilder bind(Label label) {
        if (label.isBound()) {
            throw new IllegalStateException("label bound twice in " + name);
        }
        label.position = size;
        return this;
    }

    /** JUMP, JUMP_IF_ZERO or JUMP_IF_NOT_ZERO to {@code target}. */
    public FunctionBuilder jump(int op, Label target) {
        if (op != Op.JUMP && op != Op.JUMP_IF_ZERO && op != Op.JUMP_IF_NOT_ZERO) {
            throw new IllegalArgumentException(Op.name(op) + " is not a jump");
        }
        emit(op);
        label(target);
        return this;
    }

    /** TABLE_SWITCH: values low .. low+targets-1 go to their label, anything else to {@code otherwise}. */
    public FunctionBuilder tableSwitch(int low, Label otherwise, List<Label> targets) {
        emit(Op.TABLE_SWITCH);
        emit(low);
        emit(targets.size());
        label(otherwise);
        for (Label t : targets) {
            label(t);
        }
        return this;
    }

    /** LOOKUP_SWITCH over distinct 64-bit {@code keys} (any order; sorted here). */
    public FunctionBuilder lookupSwitch(Label otherwise, long[] keys, Label[] targets) {
        if (keys.length != targets.length) {
            throw new IllegalArgumentException("keys and targets differ in length");
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        emit(Op.LOOKUP_SWITCH);
        emit(keys.length);
        label(otherwise);
        for (int i : order) {
            emit((int) (keys[i] >>> 32));
            emit((int) keys[i]);
            label(targets[i]);
        }
        return this;
    }

    /** The function, with every label resolved; throws when a used label was never bound. */
    public Function build(int params, int slots, int frameSize, boolean variadic) {
        int[] resolved = Arrays.copyOf(code, size);
        for (int i = 0; i < fixupLabels.size(); i++) {
            Label l = fixupLabels.get(i);
            if (!l.isBound()) {
                throw new IllegalStateException("a jump in " + name + " goes to a label that was never bound");
            }
            resolved[fixupAt[i]] = l.position;
        }
        return new Function(name, params, slots, frameSize, variadic, resolved, lines.build());
    }

    /** Labels used but not yet bound, for the assembler's error messages. */
    List<Label> usedLabels() {
        return fixupLabels;
    }

    private void label(Label target) {
        if (fixupLabels.size() == fixupAt.length) {
            fixupAt = Arrays.copyOf(fixupAt, fixupAt.length * 2);
        }
        fixupAt[fixupLabels.size()] = size;
        fixupLabels.add(target);
        emit(-1);
    }

    private void emit(int v) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size++] = v;
    }
}
