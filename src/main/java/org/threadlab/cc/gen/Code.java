package org.threadlab.cc.gen;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.SourcePos;
import org.threadlab.vm.code.Function;
import org.threadlab.vm.code.FunctionBuilder;
import org.threadlab.vm.code.Label;
import org.threadlab.vm.code.Op;

/**
 * A {@link FunctionBuilder} that also tracks the operand stack depth, so a jump out of a
 * statement expression ({@code a + ({ if (x) break; 1; })}) can first pop the values the
 * enclosing expression had pushed (the verifier demands equal depths where paths join).
 * Depth -1 means the current point is unreachable; a label bound there takes the depth of the
 * jumps to it, or the statement depth when none is known yet.
 */
final class Code {
    private final FunctionBuilder fb;
    private int depth;
    /** The depth statements start at: 0, or the depth at the innermost statement expression. */
    int statementDepth;

    Code(String name) {
        this.fb = new FunctionBuilder(name);
    }

    int depth() {
        return depth;
    }

    void at(SourcePos pos) {
        fb.at(pos);
    }

    CodeLabel newLabel() {
        return new CodeLabel(fb.newLabel());
    }

    void op(int op, int... operands) {
        fb.op(op, operands);
        int pops = Op.pops(op);
        if (pops < 0) {
            pops = op == Op.CALL_INDIRECT ? operands[0] + 1 : operands[1];
        }
        if (depth >= 0) {
            depth += Op.pushes(op) - pops;
        }
        if (Op.endsBlock(op)) {
            depth = -1;
        }
    }

    /** Pops values until the depth is {@code target} (before a jump out of a statement expression). */
    void popTo(int target) {
        while (depth > target) {
            op(Op.POP);
        }
    }

    void jump(int op, CodeLabel target) {
        fb.jump(op, target.label);
        if (op != Op.JUMP && depth >= 0) {
            depth--;
        }
        record(target);
        if (op == Op.JUMP) {
            depth = -1;
        }
    }

    void bind(CodeLabel label) {
        fb.bind(label.label);
        if (depth < 0) {
            depth = label.depth >= 0 ? label.depth : statementDepth;
        }
        label.depth = depth;
    }

    /** The depth at a label already jumped to or bound, else -1. */
    int depthAt(CodeLabel label) {
        return label.depth;
    }

    void tableSwitch(int low, CodeLabel otherwise, List<CodeLabel> targets) {
        List<Label> labels = new ArrayList<>();
        for (CodeLabel t : targets) {
            labels.add(t.label);
        }
        fb.tableSwitch(low, otherwise.label, labels);
        depth--;
        record(otherwise);
        targets.forEach(this::record);
        depth = -1;
    }

    void lookupSwitch(CodeLabel otherwise, long[] keys, CodeLabel[] targets) {
        Label[] labels = new Label[targets.length];
        for (int i = 0; i < targets.length; i++) {
            labels[i] = targets[i].label;
        }
        fb.lookupSwitch(otherwise.label, keys, labels);
        depth--;
        record(otherwise);
        for (CodeLabel t : targets) {
            record(t);
        }
        depth = -1;
    }

    Function build(int params, int slots, int frameSize, boolean variadic) {
        return fb.build(params, slots, frameSize, variadic);
    }

    private void record(CodeLabel target) {
        if (depth >= 0 && target.depth < 0) {
            target.depth = depth;
        }
    }

    /** A jump target and the stack depth there (-1 until a jump to it or its binding is seen). */
    static final class CodeLabel {
        final Label label;
        int depth = -1;

        CodeLabel(Label label) {
            this.label = label;
        }
    }
}
