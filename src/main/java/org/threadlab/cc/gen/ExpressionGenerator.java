package org.threadlab.cc.gen;

import java.util.List;

import org.threadlab.cc.ast.Expr.BinaryOp;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.InitItem;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.gen.Code.CodeLabel;
import org.threadlab.cc.type.Member;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;
import org.threadlab.vm.code.Op;

/**
 * Expressions: every expression pushes exactly one value (a void expression pushes a dummy 0, an
 * aggregate its address), so both arms of {@code ?:}, {@code &&} and {@code ||} leave the same
 * stack depth. Lvalues are "places": a slot, or an address kept in a temporary slot (plus the
 * bit-field's bits), so loads and read-modify-write stores need no stack shuffling.
 */
abstract class ExpressionGenerator extends Emitter {

    ExpressionGenerator(CodeGenerator program, Function fn) {
        super(program, fn);
    }

    /** Emits a statement (statement expressions need it). */
    abstract void statement(Stmt s);

    // ---------------------------------------------------------------- places

    /** An lvalue ready for loads and stores: in {@code slot} itself, or at the address held in {@code slot}. */
    record Place(Type type, int slot, boolean isRegister, Member bits) {
    }

    Place prepare(Expr target) {
        Type t = target.type();
        if (target instanceof Expr.VarRef v && v.var().isLocal() && !inMemory(v.var())) {
            return new Place(t, slotOf(v.var()), true, null);
        }
        int tmp = tempSlot();
        if (target instanceof Expr.MemberAccess m && m.member().isBitField()) {
            memberAddress(m);
            fb.op(Op.STORE_SLOT, tmp);
            return new Place(m.member().type(), tmp, false, m.member());
        }
        address(target);
        fb.op(Op.STORE_SLOT, tmp);
        return new Place(t, tmp, false, null);
    }

    void loadPlace(Place p) {
        fb.op(Op.LOAD_SLOT, p.slot());
        if (p.isRegister()) {
            return;
        }
        if (p.bits() != null) {
            loadBits(p.bits().type(), p.bits().bitOffset(), p.bits().bitWidth());
        } else {
            load(p.type());
        }
    }

    /** value -> value: stores into the place and leaves the value stored (for bit-fields, truncated). */
    void storeKeep(Place p) {
        if (p.isRegister()) {
            fb.op(Op.DUP);
            fb.op(Op.STORE_SLOT, p.slot());
            return;
        }
        int v = tempSlot();
        fb.op(Op.STORE_SLOT, v);
        if (p.bits() != null) {
            Member m = p.bits();
            storeBits(p.slot(), m.type(), m.bitOffset(), m.bitWidth(), v);
            fb.op(Op.LOAD_SLOT, v);
            extendBits(m.type(), m.bitWidth());
            return;
        }
        fb.op(Op.LOAD_SLOT, p.slot());
        fb.op(Op.LOAD_SLOT, v);
        store(p.type());
        fb.op(Op.LOAD_SLOT, p.type().isStructOrUnion() ? p.slot() : v);
    }

    /** unit address -> the bit-field's value, extended by its type. */
    void loadBits(Type unit, int bitOffset, int width) {
        loadUnit(unit);
        if (width == 0) {
            fb.op(Op.POP);
            fb.op(Op.CONST, 0);
            return;
        }
        fb.op(Op.CONST, 64 - bitOffset - width);
        fb.op(Op.SHL_I64);
        fb.op(Op.CONST, 64 - width);
        fb.op(unit.isUnsigned() ? Op.SHR_U64 : Op.SHR_I64);
    }

    private void extendBits(Type unit, int width) {
        if (width == 0 || width >= 64) {
            return;
        }
        fb.op(Op.CONST, 64 - width);
        fb.op(Op.SHL_I64);
        fb.op(Op.CONST, 64 - width);
        fb.op(unit.isUnsigned() ? Op.SHR_U64 : Op.SHR_I64);
    }

    private void loadUnit(Type unit) {
        switch ((int) unit.size()) {
            case 1 -> fb.op(Op.LOAD_U8);
            case 2 -> fb.op(Op.LOAD_U16);
            case 4 -> fb.op(Op.LOAD_U32);
            default -> fb.op(Op.LOAD_I64);
        }
    }

    /** Replaces bits of the unit at the address in {@code addrSlot} by the value in {@code valueSlot}. */
    void storeBits(int addrSlot, Type unit, int bitOffset, int width, int valueSlot) {
        long mask = width >= 64 ? -1L : (1L << width) - 1;
        fb.op(Op.LOAD_SLOT, addrSlot);
        fb.op(Op.LOAD_SLOT, addrSlot);
        loadUnit(unit);
        constant(~(mask << bitOffset));
        fb.op(Op.AND);
        fb.op(Op.LOAD_SLOT, valueSlot);
        constant(mask);
        fb.op(Op.AND);
        fb.op(Op.CONST, bitOffset);
        fb.op(Op.SHL_I64);
        fb.op(Op.OR);
        store(unit);
    }

    // ---------------------------------------------------------------- addresses

    /** Pushes the address of an lvalue (or of an aggregate-valued expression). */
    void address(Expr e) {
        at(e.pos());
        if (e instanceof Expr.VarRef v) {
            variableAddress(v.var(), e);
        } else if (e instanceof Expr.Deref d) {
            value(d.pointer());
        } else if (e instanceof Expr.MemberAccess m) {
            if (m.member().isBitField()) {
                throw new GenError("cannot take the address of a bit-field");
            }
            memberAddress(m);
        } else if (e instanceof Expr.CompoundLiteral c) {
            initialize(c.var(), c.init());
            variableAddress(c.var(), e);
        } else if (e instanceof Expr.FuncRef f) {
            program.functionAddress(fb, f.function().name(), f.pos());
        } else if (e.type().isStructOrUnion() || e.type().isArray()) {
            value(e);
        } else {
            throw new GenError("expression is not addressable");
        }
    }

    private void memberAddress(Expr.MemberAccess m) {
        address(m.object());
        if (m.member().offset() != 0) {
            constant(m.member().offset());
            fb.op(Op.ADD_I64);
        }
    }

    void variableAddress(Variable v, Expr use) {
        if (!v.isLocal()) {
            program.globalAddress(fb, v, use.pos());
            return;
        }
        int off = frameOffsetOf(v);
        if (off < 0) {
            throw new GenError("'" + v.name() + "' has no address");
        }
        fb.op(Op.FRAME_ADDR, off);
        if (v.type().kind() == Type.Kind.VLA) {
            fb.op(Op.LOAD_I64);
        }
    }

    // ---------------------------------------------------------------- values

    /** Pushes the value of {@code e}. */
    void value(Expr e) {
        at(e.pos());
        if (e instanceof Expr.IntConst c) {
            constant(canonical(c.value(), c.type()));
        } else if (e instanceof Expr.FloatConst c) {
            doubleConst(c.value(), c.type());
        } else if (e instanceof Expr.VarRef v) {
            Type t = v.type();
            if (t.isArray() || t.isStructOrUnion() || t.isFunction()) {
                address(e);
            } else if (v.var().isLocal() && !inMemory(v.var())) {
                fb.op(Op.LOAD_SLOT, slotOf(v.var()));
            } else {
                address(e);
                load(t);
            }
        } else if (e instanceof Expr.FuncRef f) {
            program.functionAddress(fb, f.function().name(), f.pos());
        } else if (e instanceof Expr.Unary u) {
            unary(u);
        } else if (e instanceof Expr.Binary b) {
            binary(b);
        } else if (e instanceof Expr.Assign a) {
            Place p = prepare(a.target());
            value(a.value());
            at(a.pos());
            storeKeep(p);
        } else if (e instanceof Expr.CompoundAssign c) {
            compoundAssign(c);
        } else if (e instanceof Expr.IncDec i) {
            incDec(i);
        } else if (e instanceof Expr.Conditional c) {
            CodeLabel otherwise = fb.newLabel();
            CodeLabel end = fb.newLabel();
            condition(c.cond());
            fb.jump(Op.JUMP_IF_ZERO, otherwise);
            value(c.then());
            fb.jump(Op.JUMP, end);
            fb.bind(otherwise);
            value(c.otherwise());
            fb.bind(end);
        } else if (e instanceof Expr.Comma c) {
            value(c.left());
            fb.op(Op.POP);
            value(c.right());
        } else if (e instanceof Expr.Cast c) {
            Type from = c.operand().type();
            if (from.isArray() || from.isFunction()) {
                address(c.operand());
            } else {
                value(c.operand());
                convert(from, c.type());
            }
        } else if (e instanceof Expr.AddrOf a) {
            address(a.operand());
        } else if (e instanceof Expr.Deref d) {
            value(d.pointer());
            at(d.pos());
            load(d.type());
        } else if (e instanceof Expr.MemberAccess m) {
            if (m.member().isBitField()) {
                memberAddress(m);
                at(m.pos());
                loadBits(m.member().type(), m.member().bitOffset(), m.member().bitWidth());
            } else {
                memberAddress(m);
                at(m.pos());
                load(m.type());
            }
        } else if (e instanceof Expr.Call c) {
            new CallGenerator(this).call(c);
        } else if (e instanceof Expr.StmtExpr s) {
            statementExpression(s);
        } else if (e instanceof Expr.CompoundLiteral c) {
            address(c);
            load(c.type());
        } else {
            throw new GenError("unknown expression " + e.getClass().getSimpleName());
        }
    }

    /** Pushes a value that is zero exactly when {@code e} is false. */
    void condition(Expr e) {
        value(e);
        truth(e.type());
    }

    private void statementExpression(Expr.StmtExpr s) {
        List<Stmt> stmts = s.body().stmts();
        int outer = fb.statementDepth;
        fb.statementDepth = fb.depth();
        try {
            for (int i = 0; i < stmts.size(); i++) {
                Stmt st = stmts.get(i);
                if (i == stmts.size() - 1 && st instanceof Stmt.ExprStmt es) {
                    value(es.expr());
                    return;
                }
                statement(st);
            }
            fb.op(Op.CONST, 0);
        } finally {
            fb.statementDepth = outer;
        }
    }

    private void unary(Expr.Unary u) {
        Type t = u.operand().type();
        if (u.op() == Expr.UnaryOp.LOGNOT) {
            condition(u.operand());
            fb.op(Op.LNOT);
            return;
        }
        value(u.operand());
        if (u.op() == Expr.UnaryOp.BITNOT) {
            fb.op(Op.NOT);
            narrowSmall(u.type());
            return;
        }
        switch (t.kind()) {
            case FLOAT -> fb.op(Op.NEG_F32);
            case DOUBLE -> fb.op(Op.NEG_F64);
            default -> fb.op(t.size() == 8 ? Op.NEG_I64 : Op.NEG_I32);
        }
        narrowSmall(u.type());
    }

    private void narrowSmall(Type t) {
        if (t.isInteger() && t.size() < 4) {
            narrow(t);
        }
    }

    private void binary(Expr.Binary b) {
        BinaryOp op = b.op();
        if (op == BinaryOp.LOGAND || op == BinaryOp.LOGOR) {
            CodeLabel shortCut = fb.newLabel();
            CodeLabel end = fb.newLabel();
            int jump = op == BinaryOp.LOGAND ? Op.JUMP_IF_ZERO : Op.JUMP_IF_NOT_ZERO;
            condition(b.left());
            fb.jump(jump, shortCut);
            condition(b.right());
            fb.jump(jump, shortCut);
            fb.op(Op.CONST, op == BinaryOp.LOGAND ? 1 : 0);
            fb.jump(Op.JUMP, end);
            fb.bind(shortCut);
            fb.op(Op.CONST, op == BinaryOp.LOGAND ? 0 : 1);
            fb.bind(end);
            return;
        }
        value(b.left());
        value(b.right());
        at(b.pos());
        if (op.isComparison()) {
            compare(op, b.left().type());
        } else {
            arithmetic(op, b.type());
        }
    }

    void compare(BinaryOp op, Type t) {
        int index = switch (op) {
            case EQ -> 0;
            case NE -> 1;
            case LT -> 2;
            case LE -> 3;
            case GT -> 4;
            default -> 5;
        };
        int[] ops;
        if (t.kind() == Type.Kind.FLOAT) {
            ops = new int[] {Op.EQ_F32, Op.NE_F32, Op.LT_F32, Op.LE_F32, Op.GT_F32, Op.GE_F32};
        } else if (t.kind() == Type.Kind.DOUBLE) {
            ops = new int[] {Op.EQ_F64, Op.NE_F64, Op.LT_F64, Op.LE_F64, Op.GT_F64, Op.GE_F64};
        } else if (t.isUnsigned() || t.isPointer() || t.isArray() || t.isFunction()) {
            ops = new int[] {Op.EQ, Op.NE, Op.LT_U, Op.LE_U, Op.GT_U, Op.GE_U};
        } else {
            ops = new int[] {Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE};
        }
        fb.op(ops[index]);
    }

    /** a b -> a op b computed in type {@code t}. */
    void arithmetic(BinaryOp op, Type t) {
        if (t.isFloating()) {
            boolean f = t.kind() == Type.Kind.FLOAT;
            fb.op(switch (op) {
                case ADD -> f ? Op.ADD_F32 : Op.ADD_F64;
                case SUB -> f ? Op.SUB_F32 : Op.SUB_F64;
                case MUL -> f ? Op.MUL_F32 : Op.MUL_F64;
                case DIV -> f ? Op.DIV_F32 : Op.DIV_F64;
                default -> throw new GenError("operator " + op.symbol() + " on floating operands");
            });
            return;
        }
        boolean wide = t.size() == 8;
        boolean u = t.isUnsigned() || t.isPointer();
        fb.op(switch (op) {
            case ADD -> wide ? Op.ADD_I64 : Op.ADD_I32;
            case SUB -> wide ? Op.SUB_I64 : Op.SUB_I32;
            case MUL -> wide ? Op.MUL_I64 : Op.MUL_I32;
            case DIV -> wide ? (u ? Op.DIV_U64 : Op.DIV_I64) : (u ? Op.DIV_U32 : Op.DIV_I32);
            case MOD -> wide ? (u ? Op.REM_U64 : Op.REM_I64) : (u ? Op.REM_U32 : Op.REM_I32);
            case SHL -> wide ? Op.SHL_I64 : Op.SHL_I32;
            case SHR -> wide ? (u ? Op.SHR_U64 : Op.SHR_I64) : (u ? Op.SHR_U32 : Op.SHR_I32);
            case BITAND -> Op.AND;
            case BITOR -> Op.OR;
            case BITXOR -> Op.XOR;
            default -> throw new GenError("operator " + op.symbol() + " is not arithmetic");
        });
        narrowSmall(t);
    }

    private void compoundAssign(Expr.CompoundAssign c) {
        Type target = c.target().type();
        Place p = prepare(c.target());
        if (new AtomicGenerator(this).compoundAssign(c, p)) {
            return;
        }
        loadPlace(p);
        convert(target, c.opType());
        value(c.value());
        at(c.pos());
        arithmetic(c.op(), c.opType());
        convert(c.opType(), target);
        storeKeep(p);
    }

    private void incDec(Expr.IncDec i) {
        Type t = i.target().type();
        Place p = prepare(i.target());
        if (new AtomicGenerator(this).incDec(i, p)) {
            return;
        }
        loadPlace(p);
        int old = -1;
        if (!i.prefix()) {
            old = tempSlot();
            fb.op(Op.DUP);
            fb.op(Op.STORE_SLOT, old);
        }
        if (t.isPointer() && t.base().kind() == Type.Kind.VLA) {
            sizeValue(t.base());
            if (i.step() < 0) {
                fb.op(Op.NEG_I64);
            }
            fb.op(Op.ADD_I64);
        } else if (t.isPointer()) {
            constant(i.step());
            fb.op(Op.ADD_I64);
        } else if (t.isFloating()) {
            doubleConst(i.step(), t);
            fb.op(t.kind() == Type.Kind.FLOAT ? Op.ADD_F32 : Op.ADD_F64);
        } else {
            Type promoted = TypeRules.promote(t);
            convert(t, promoted);
            constant(i.step());
            arithmetic(BinaryOp.ADD, promoted);
            convert(promoted, t);
        }
        storeKeep(p);
        if (!i.prefix()) {
            fb.op(Op.POP);
            fb.op(Op.LOAD_SLOT, old);
        }
    }

    // ---------------------------------------------------------------- initialisation

    /** Zero-fills a local aggregate and stores the initializer items (see {@link InitItem}). */
    void initialize(Variable v, List<InitItem> items) {
        if (!v.isLocal() || items == null) {
            return;
        }
        if (!inMemory(v)) {
            if (items.isEmpty()) {
                fb.op(Op.CONST, 0);
            } else {
                value(items.get(items.size() - 1).value());
            }
            fb.op(Op.STORE_SLOT, slotOf(v));
            return;
        }
        int base = frameOffsetOf(v);
        Type t = v.type();
        if (t.isStructOrUnion() || t.isArray()) {
            fb.op(Op.FRAME_ADDR, base);
            fb.op(Op.ZERO, sizeOf(t));
        }
        for (InitItem item : items) {
            int off = Math.toIntExact(base + item.offset());
            if (item.isBitField()) {
                int addr = tempSlot();
                int val = tempSlot();
                fb.op(Op.FRAME_ADDR, off);
                fb.op(Op.STORE_SLOT, addr);
                value(item.value());
                fb.op(Op.STORE_SLOT, val);
                storeBits(addr, item.type(), item.bitOffset(), item.bitWidth(), val);
                continue;
            }
            fb.op(Op.FRAME_ADDR, off);
            value(item.value());
            store(item.type());
        }
    }

    /** Pushes the size in bytes of {@code t} (a product of lengths for VLAs). */
    void sizeValue(Type t) {
        if (t.kind() == Type.Kind.VLA) {
            value(t.vlaLength());
            sizeValue(t.base());
            fb.op(Op.MUL_I64);
        } else {
            constant(Math.max(t.size(), 0));
        }
    }
}
