package org.threadlab.cc.gen;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Expr.BinaryOp;
import org.threadlab.cc.gen.Code.CodeLabel;
import org.threadlab.cc.gen.ExpressionGenerator.Place;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;
import org.threadlab.vm.code.Op;

/**
 * Read-modify-writes of {@code _Atomic} objects in memory (C11: {@code counter++} on an
 * {@code atomic_int} is one atomic operation). {@code ++}, {@code --} and {@code op=} with + - &amp;
 * | ^ on integers and pointers are one library call,
 * {@code __atomic_fetch_<op>_<size>(address, value, 5)}, returning the old value; any other
 * operator (or a floating or {@code _Bool} object, or a floating operand) is a compare-and-swap loop over
 * {@code __atomic_compare_exchange_<size>(address, &expected, desired, 0, 5, 5)}. Locals kept in
 * slots are private to their thread and need neither.
 */
final class AtomicGenerator {
    private static final int SEQ_CST = 5;
    private final ExpressionGenerator g;

    AtomicGenerator(ExpressionGenerator g) {
        this.g = g;
    }

    static boolean isAtomicPlace(Place p) {
        Type t = p.type();
        return t.isAtomic() && !p.isRegister() && p.bits() == null && (t.isScalar())
                && (t.size() == 1 || t.size() == 2 || t.size() == 4 || t.size() == 8);
    }

    /** Emits {@code c} atomically when its target is atomic (leaving the new value); false otherwise. */
    boolean compoundAssign(Expr.CompoundAssign c, Place p) {
        if (!isAtomicPlace(p)) {
            return false;
        }
        Type target = c.target().type();
        int v = g.tempSlot();
        g.value(c.value());
        g.fb.op(Op.STORE_SLOT, v);
        String op = fetchOp(c.op());
        if (op == null || c.opType().isFloating() || target.isFloating() || target.kind() == Type.Kind.BOOL) {
            casLoop(p, c.op(), c.opType(), v);
            return true;
        }
        g.fb.op(Op.LOAD_SLOT, p.slot());
        g.fb.op(Op.LOAD_SLOT, v);
        g.convert(c.opType(), target);
        fetch(op, target);
        g.convert(target, c.opType());
        g.fb.op(Op.LOAD_SLOT, v);
        g.arithmetic(c.op(), c.opType());
        g.convert(c.opType(), target);
        return true;
    }

    /** Emits {@code i} atomically when its target is atomic (leaving the expression's value); false otherwise. */
    boolean incDec(Expr.IncDec i, Place p) {
        Type t = p.type();
        if (!isAtomicPlace(p) || (t.isPointer() && t.base().kind() == Type.Kind.VLA)) {
            return false;
        }
        if (t.isFloating() || t.kind() == Type.Kind.BOOL) {
            incDecByCas(i, p);
            return true;
        }
        g.fb.op(Op.LOAD_SLOT, p.slot());
        g.constant(i.step());
        fetch("add", t);
        if (i.prefix()) {
            Type promoted = t.isPointer() ? t : TypeRules.promote(t);
            g.convert(t, promoted);
            g.constant(i.step());
            g.arithmetic(BinaryOp.ADD, promoted);
            g.convert(promoted, t);
        }
        return true;
    }

    /**
     * {@code ++}/{@code --} on a floating or {@code _Bool} object: {@code x += 1} as a CAS loop
     * (a {@code _Bool} steps in int and converts back, so {@code b--} on false gives true). The
     * postfix form's value is the old value the successful CAS compared with.
     */
    private void incDecByCas(Expr.IncDec i, Place p) {
        Type t = p.type();
        Type opType = t.isFloating() ? t : Type.INT;
        int step = g.tempSlot();
        if (t.isFloating()) {
            g.doubleConst(i.step(), t);
        } else {
            g.constant(i.step());
        }
        g.fb.op(Op.STORE_SLOT, step);
        int expected = casLoop(p, BinaryOp.ADD, opType, step);
        if (!i.prefix()) {
            g.fb.op(Op.POP);
            g.fb.op(Op.FRAME_ADDR, expected);
            g.load(t);
        }
    }

    private static String fetchOp(BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case BITAND -> "and";
            case BITOR -> "or";
            case BITXOR -> "xor";
            default -> null;
        };
    }

    /** address value -> old value of the object of type {@code t}. */
    private void fetch(String op, Type t) {
        g.fb.op(Op.CONST, SEQ_CST);
        g.fb.op(Op.BUILTIN, g.program.libraryFunction("__atomic_fetch_" + op + "_" + t.size(), g.lastPos), 3);
        if (t.isInteger()) {
            g.narrow(t);
        }
    }

    /**
     * expected = *p; do desired = expected op v; while (!CAS(p, &expected, desired)); pushes
     * desired and returns the frame offset of expected (the old value once the loop ends).
     */
    private int casLoop(Place p, BinaryOp op, Type opType, int valueSlot) {
        Type t = p.type();
        int expected = g.reserve(8, 8);
        int desired = g.tempSlot();
        g.fb.op(Op.FRAME_ADDR, expected);
        g.fb.op(Op.LOAD_SLOT, p.slot());
        g.load(t);
        g.store(t);
        CodeLabel retry = g.fb.newLabel();
        g.fb.bind(retry);
        g.fb.op(Op.FRAME_ADDR, expected);
        g.load(t);
        g.convert(t, opType);
        g.fb.op(Op.LOAD_SLOT, valueSlot);
        g.arithmetic(op, opType);
        g.convert(opType, t);
        g.fb.op(Op.STORE_SLOT, desired);
        g.fb.op(Op.LOAD_SLOT, p.slot());
        g.fb.op(Op.FRAME_ADDR, expected);
        g.fb.op(Op.LOAD_SLOT, desired);
        g.fb.op(Op.CONST, 0);
        g.fb.op(Op.CONST, SEQ_CST);
        g.fb.op(Op.CONST, SEQ_CST);
        g.fb.op(Op.BUILTIN, g.program.libraryFunction("__atomic_compare_exchange_" + t.size(), g.lastPos), 6);
        g.fb.jump(Op.JUMP_IF_ZERO, retry);
        g.fb.op(Op.LOAD_SLOT, desired);
        return expected;
    }
}
