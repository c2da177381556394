package org.threadlab.vm.code;

/** The control-flow graph of a function's code, one instruction at a time (the Verifier and SlotLiveness walk it). */
final class ControlFlow {
    private ControlFlow() {
    }

    /** Where control can go after the instruction at {@code pc} (none after RET and EXIT). */
    static int[] successors(int[] code, int pc) {
        int op = code[pc];
        int next = pc + Op.length(code, pc);
        return switch (op) {
            case Op.JUMP -> new int[] {code[pc + 1]};
            case Op.JUMP_IF_ZERO, Op.JUMP_IF_NOT_ZERO -> new int[] {code[pc + 1], next};
            case Op.TABLE_SWITCH -> {
                int count = code[pc + 2];
                int[] out = new int[count + 1];
                out[0] = code[pc + 3];
                System.arraycopy(code, pc + 4, out, 1, count);
                yield out;
            }
            case Op.LOOKUP_SWITCH -> {
                int count = code[pc + 1];
                int[] out = new int[count + 1];
                out[0] = code[pc + 2];
                for (int i = 0; i < count; i++) {
                    out[i + 1] = code[pc + 3 + 3 * i + 2];
                }
                yield out;
            }
            case Op.RET, Op.EXIT -> new int[0];
            default -> new int[] {next};
        };
    }
}
