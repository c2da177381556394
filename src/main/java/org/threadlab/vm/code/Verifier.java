package org.threadlab.vm.code;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Checks one function's code before it can run: every instruction is known and complete, every
 * operand is in range (slots, globals, strings, functions, builtins, constants, jump targets on
 * instruction starts), the operand stack has the same depth on every path into an instruction and
 * never goes below zero, and control cannot fall off the end. Computes {@link Function#maxStack}.
 * A failure is a code generator bug: IllegalArgumentException naming function and code index.
 */
final class Verifier {
    private final Program program;
    private final Function f;
    private final int[] code;
    private final boolean[] starts;
    private final int[] depthAt;

    private Verifier(Program program, Function f) {
        this.program = program;
        this.f = f;
        this.code = f.code;
        this.starts = new boolean[code.length];
        this.depthAt = new int[code.length];
    }

    static void verify(Program program, Function f) {
        new Verifier(program, f).run();
    }

    private void run() {
        if (code.length == 0) {
            throw fail(0, "function has no code");
        }
        for (int pc = 0; pc < code.length; ) {
            if (code[pc] < 0 || code[pc] >= Op.COUNT) {
                throw fail(pc, "unknown opcode " + code[pc]);
            }
            boolean variable = Op.operands(code[pc]).equals("*");
            if (variable && pc + 2 >= code.length) {
                throw fail(pc, Op.name(code[pc]) + " is cut off by the end of the code");
            }
            if (code[pc] == Op.TABLE_SWITCH && code[pc + 2] < 0 || code[pc] == Op.LOOKUP_SWITCH && code[pc + 1] < 0) {
                throw fail(pc, "negative switch size");
            }
            long len = code[pc] == Op.LOOKUP_SWITCH ? 3 + 3L * code[pc + 1]
                    : code[pc] == Op.TABLE_SWITCH ? 4L + code[pc + 2] : Op.length(code, pc);
            if (pc + len > code.length) {
                throw fail(pc, Op.name(code[pc]) + " is cut off by the end of the code");
            }
            starts[pc] = true;
            checkOperands(pc);
            pc += (int) len;
        }
        f.maxStack = flow();
    }

    private void checkOperands(int pc) {
        int op = code[pc];
        String kinds = Op.operands(op);
        if (kinds.equals("*")) {
            return;
        }
        for (int i = 0; i < kinds.length(); i++) {
            int v = code[pc + 1 + i];
            switch (kinds.charAt(i)) {
                case 'k' -> range(pc, v, program.constantCount(), "constant");
                case 's' -> range(pc, v, f.slots, "slot");
                case 'o' -> range(pc, v, f.frameSize + 1, "frame offset");
                case 'g' -> range(pc, v, program.globals().size(), "global");
                case 't' -> range(pc, v, program.stringCount(), "string literal");
                case 'f' -> range(pc, v, program.functions().size(), "function");
                case 'b' -> range(pc, v, program.builtins().size(), "builtin");
                case 'n' -> range(pc, v, 1 << 24, "count");
                case 'i', 'l' -> { }
                default -> throw new AssertionError(kinds);
            }
        }
        if (op == Op.CALL) {
            Function callee = program.function(code[pc + 1]);
            int argc = code[pc + 2];
            if (argc < callee.params || argc > callee.params && !callee.variadic) {
                throw fail(pc, "CALL " + callee.name + " with " + argc + " arguments; it takes " + callee.params
                        + (callee.variadic ? " or more" : ""));
            }
        }
    }

    /** Abstract interpretation of stack depths over the control-flow graph; returns the maximum depth. */
    private int flow() {
        Arrays.fill(depthAt, -1);
        Deque<Integer> work = new ArrayDeque<>();
        enter(work, 0, 0, 0);
        int max = 0;
        while (!work.isEmpty()) {
            int pc = work.pop();
            int depth = depthAt[pc];
            int op = code[pc];
            int pops = switch (op) {
                case Op.CALL -> code[pc + 2];
                case Op.CALL_INDIRECT -> code[pc + 1] + 1;
                case Op.BUILTIN -> code[pc + 2];
                default -> Op.pops(op);
            };
            if (depth < pops) {
                throw fail(pc, Op.name(op) + " needs " + pops + " values on the stack, has " + depth);
            }
            int after = depth - pops + Op.pushes(op);
            max = Math.max(max, Math.max(depth, after));
            if (op == Op.LOOKUP_SWITCH) {
                checkKeysAscend(pc);
            }
            for (int target : ControlFlow.successors(code, pc)) {
                enter(work, pc, target, after);
            }
        }
        return max;
    }

    private void checkKeysAscend(int pc) {
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < code[pc + 1]; i++) {
            int at = pc + 3 + 3 * i;
            long key = (long) code[at] << 32 | (code[at + 1] & 0xFFFF_FFFFL);
            if (i > 0 && key <= previous) {
                throw fail(pc, "LOOKUP_SWITCH keys must ascend");
            }
            previous = key;
        }
    }

    private void enter(Deque<Integer> work, int from, int target, int depth) {
        if (target < 0 || target >= code.length) {
            throw fail(from, target == code.length ? "control falls off the end of the function"
                    : "jump to " + target + " outside the code");
        }
        if (!starts[target]) {
            throw fail(from, "jump to " + target + ", which is not the start of an instruction");
        }
        if (depthAt[target] == -1) {
            depthAt[target] = depth;
            work.push(target);
        } else if (depthAt[target] != depth) {
            throw fail(target, "stack depth " + depth + " from " + from + " differs from " + depthAt[target]);
        }
    }

    private void range(int pc, int v, int limit, String what) {
        if (v < 0 || v >= limit) {
            throw fail(pc, Op.name(code[pc]) + " refers to " + what + " " + v + " of " + limit);
        }
    }

    private IllegalArgumentException fail(int pc, String message) {
        return new IllegalArgumentException("function " + f.name + ", code " + pc + ": " + message);
    }
}
