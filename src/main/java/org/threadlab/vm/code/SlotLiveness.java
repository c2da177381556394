package org.threadlab.vm.code;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Which slots of a function are live at each instruction: read on some path from there before
 * they are written (classic backward dataflow over the function's control flow). A dead slot's
 * value can never be read again, so the explorer's state hash leaves it out: two states that
 * differ only in a consumer's {@code item} from the last round behave the same (SPIN's dead
 * variable reduction). Only LOAD_SLOT reads a slot and only STORE_SLOT writes one; parameters
 * arrive in their slots before the first instruction.
 *
 * <p>A longjmp back into a frame would resume after its setjmp with whatever the slots hold, an
 * edge this analysis does not see; callers that allow setjmp must treat every slot as live.
 */
public final class SlotLiveness {
    private final BitSet[] liveIn;

    private SlotLiveness(BitSet[] liveIn) {
        this.liveIn = liveIn;
    }

    /** The slots live when execution is about to run the instruction at {@code pc}, an instruction start. */
    public BitSet liveAt(int pc) {
        BitSet live = pc >= 0 && pc < liveIn.length ? liveIn[pc] : null;
        if (live == null) {
            throw new IllegalArgumentException("no instruction starts at " + pc);
        }
        return live;
    }

    /** Computes the live slots of {@code f}, which must have passed the {@link Verifier}. */
    public static SlotLiveness of(Function f) {
        int[] code = f.code;
        int n = code.length;
        BitSet[] liveIn = new BitSet[n];
        int[][] predecessors = predecessors(code);
        Deque<Integer> work = new ArrayDeque<>();
        for (int pc = 0; pc < n; pc += Op.length(code, pc)) {
            liveIn[pc] = new BitSet(f.slots);
            work.push(pc);
        }
        while (!work.isEmpty()) {
            int pc = work.pop();
            BitSet live = new BitSet(f.slots);
            for (int s : ControlFlow.successors(code, pc)) {
                live.or(liveIn[s]);
            }
            int op = code[pc];
            if (op == Op.STORE_SLOT) {
                live.clear(code[pc + 1]);
            } else if (op == Op.LOAD_SLOT) {
                live.set(code[pc + 1]);
            }
            if (!live.equals(liveIn[pc])) {
                liveIn[pc] = live;
                for (int p : predecessors[pc]) {
                    work.push(p);
                }
            }
        }
        return new SlotLiveness(liveIn);
    }

    private static int[][] predecessors(int[] code) {
        int[] counts = new int[code.length];
        for (int pc = 0; pc < code.length; pc += Op.length(code, pc)) {
            for (int s : ControlFlow.successors(code, pc)) {
                counts[s]++;
            }
        }
        int[][] out = new int[code.length][];
        for (int pc = 0; pc < code.length; pc++) {
            out[pc] = new int[counts[pc]];
            counts[pc] = 0;
        }
        for (int pc = 0; pc < code.length; pc += Op.length(code, pc)) {
            for (int s : ControlFlow.successors(code, pc)) {
                out[s][counts[s]++] = pc;
            }
        }
        return out;
    }
}
