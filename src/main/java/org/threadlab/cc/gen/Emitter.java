package org.threadlab.cc.gen;

import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.gen.Code.CodeLabel;
import org.threadlab.cc.type.Type;
import org.threadlab.vm.code.Op;
import org.threadlab.vm.code.ProgramBuilder;

/**
 * The lowest layer of one function's code generation: the function's frame (slots for locals kept
 * in registers, frame-memory offsets for address-taken ones, fresh temporaries), constants, loads
 * and stores by C type, and the conversions between C types in the VM's value representation
 * (see {@code org.threadlab.vm.code} package-info: 8/16/32-bit values sign- or zero-extended as
 * their type says, unsigned int kept sign-extended from 32 bits, floats as raw bits).
 */
abstract class Emitter {
    final CodeGenerator program;
    final ProgramBuilder pb;
    final Function fn;
    final Code fb;
    /** 1 when the function returns a struct (its hidden result pointer is slot 0), else 0. */
    final int slotShift;
    private final int[] frameOffset;
    private int nextSlot;
    private int maxSlot;
    private int frameSize;
    SourcePos lastPos;

    Emitter(CodeGenerator program, Function fn) {
        this.program = program;
        this.pb = program.builder();
        this.fn = fn;
        this.fb = new Code(program.functionSymbol(fn.name()));
        this.slotShift = fn.type().returnType().isStructOrUnion() ? 1 : 0;
        this.nextSlot = fn.locals().size() + slotShift;
        this.maxSlot = nextSlot;
        this.frameOffset = new int[fn.locals().size()];
        for (Variable v : fn.locals()) {
            frameOffset[v.id()] = -1;
            if (v.isAddressTaken()) {
                long size = v.type().kind() == Type.Kind.VLA ? 8 : Math.max(v.type().size(), 1);
                frameOffset[v.id()] = reserve(size, Math.max(v.type().align(), 1));
            }
        }
    }

    // ---------------------------------------------------------------- frame

    int slotOf(Variable v) {
        return v.id() + slotShift;
    }

    int frameOffsetOf(Variable v) {
        return frameOffset[v.id()];
    }

    boolean inMemory(Variable v) {
        return !v.isLocal() || frameOffset[v.id()] >= 0;
    }

    /** A fresh slot for a temporary (never shared within a statement, so nested uses cannot clash). */
    int tempSlot() {
        maxSlot = Math.max(maxSlot, nextSlot + 1);
        return nextSlot++;
    }

    /** The temporaries allocated so far, to {@link #releaseSlots} when a statement ends. */
    int slotMark() {
        return nextSlot;
    }

    /** Frees the temporaries allocated since {@code mark} (a statement's temporaries die with it). */
    void releaseSlots(int mark) {
        nextSlot = mark;
    }

    /** {@code size} bytes of frame memory for a temporary (struct arguments and results). */
    int reserve(long size, int align) {
        long a = Math.max(1, Math.min(align, 16));
        long off = (frameSize + a - 1) / a * a;
        if (off + size > Integer.MAX_VALUE / 2) {
            throw new LimitError("the local variables of '" + fn.name() + "' need more than 1 GB of stack");
        }
        frameSize = (int) (off + size);
        return (int) off;
    }

    int slotCount() {
        return maxSlot;
    }

    int frameSize() {
        return (frameSize + 15) / 16 * 16;
    }

    void at(SourcePos pos) {
        if (pos != null && pos != lastPos) {
            fb.at(pos);
            lastPos = pos;
        }
    }

    // ---------------------------------------------------------------- constants

    void constant(long v) {
        if (v == (int) v) {
            fb.op(Op.CONST, (int) v);
        } else {
            fb.op(Op.CONST_WIDE, pb.constant(v));
        }
    }

    /** The canonical 64-bit representation of integer {@code v} as a value of type {@code t}. */
    static long canonical(long v, Type t) {
        if (t.kind() == Type.Kind.BOOL) {
            return v != 0 ? 1 : 0;
        }
        if (!t.isInteger()) {
            return v;
        }
        return switch ((int) t.size()) {
            case 1 -> t.isUnsigned() ? v & 0xFF : (byte) v;
            case 2 -> t.isUnsigned() ? v & 0xFFFF : (short) v;
            case 4 -> (int) v;
            default -> v;
        };
    }

    void doubleConst(double d, Type t) {
        if (t.kind() == Type.Kind.FLOAT) {
            constant(Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL);
        } else {
            constant(Double.doubleToRawLongBits(d));
        }
    }

    // ---------------------------------------------------------------- memory

    /** addr -> value of type {@code t} (aggregates, arrays and functions: the address stays). */
    void load(Type t) {
        if (t.isStructOrUnion() || t.isArray() || t.isFunction()) {
            if (t.kind() == Type.Kind.VLA) {
                throw new GenError("a variable-length array cannot be loaded");
            }
            return;
        }
        switch (t.kind()) {
            case BOOL -> fb.op(Op.LOAD_U8);
            case CHAR -> fb.op(t.isUnsigned() ? Op.LOAD_U8 : Op.LOAD_I8);
            case SHORT -> fb.op(t.isUnsigned() ? Op.LOAD_U16 : Op.LOAD_I16);
            case INT, ENUM -> fb.op(Op.LOAD_I32);
            case FLOAT -> fb.op(Op.LOAD_U32);
            case VOID -> {
                fb.op(Op.POP);
                fb.op(Op.CONST, 0);
            }
            default -> fb.op(Op.LOAD_I64);
        }
    }

    /** addr value -> : stores a scalar of type {@code t}; aggregates are copied (value is an address). */
    void store(Type t) {
        if (t.isStructOrUnion()) {
            fb.op(Op.STRUCT_COPY, sizeOf(t));
            return;
        }
        switch ((int) t.size()) {
            case 1 -> fb.op(Op.STORE_8);
            case 2 -> fb.op(Op.STORE_16);
            case 4 -> fb.op(Op.STORE_32);
            case 8 -> fb.op(Op.STORE_64);
            default -> throw new GenError("cannot store a value of type '" + t + "'");
        }
    }

    static int sizeOf(Type t) {
        long s = t.size();
        if (s < 0 || s > Integer.MAX_VALUE) {
            throw new GenError("type '" + t + "' has no usable size");
        }
        return (int) s;
    }

    // ---------------------------------------------------------------- conversions

    /** value of type {@code from} -> value of type {@code to}. */
    void convert(Type from, Type to) {
        if (to.isVoid() || from.isVoid() || to.isStructOrUnion() || from.isStructOrUnion()) {
            return;
        }
        if (from.isArray() || from.isFunction()) {
            return; // decayed: the address is already the value
        }
        if (to.kind() == Type.Kind.BOOL) {
            if (from.kind() == Type.Kind.BOOL) {
                return;
            }
            if (from.isFloating()) {
                doubleConst(0, from);
                fb.op(from.kind() == Type.Kind.FLOAT ? Op.NE_F32 : Op.NE_F64);
            } else {
                fb.op(Op.CONST, 0);
                fb.op(Op.NE);
            }
            return;
        }
        if (to.isFloating()) {
            convertToFloating(from, to);
            return;
        }
        if (from.isFloating()) {
            boolean toU64 = to.size() == 8 && to.isUnsigned();
            if (from.kind() == Type.Kind.FLOAT) {
                fb.op(toU64 ? Op.F32_TO_U64 : Op.F32_TO_I64);
            } else {
                fb.op(toU64 ? Op.F64_TO_U64 : Op.F64_TO_I64);
            }
            if (to.size() <= 4 && !(to.size() == 4 && to.isUnsigned()) && to.kind() != Type.Kind.BOOL) {
                intIndefiniteOnOverflow();
            }
            narrow(to);
            return;
        }
        // integer or pointer to integer or pointer
        long fs = from.size();
        long ts = to.size();
        if (ts <= 2) {
            if (fs != ts || from.isUnsigned() != to.isUnsigned() || from.kind() == Type.Kind.BOOL) {
                narrow(to);
            }
        } else if (ts == 4) {
            if (fs == 8) {
                narrow(to);
            }
        } else if (fs == 4 && from.isUnsigned()) {
            fb.op(Op.ZEXT32);
        }
    }

    /**
     * Out-of-range floating to int conversions are undefined in C; like x86's cvttsd2si (and so
     * gcc), a value outside int's range becomes INT_MIN before narrowing to char or short.
     */
    private void intIndefiniteOnOverflow() {
        int t = tempSlot();
        CodeLabel ok = fb.newLabel();
        fb.op(Op.STORE_SLOT, t);
        fb.op(Op.LOAD_SLOT, t);
        fb.op(Op.LOAD_SLOT, t);
        fb.op(Op.SEXT32);
        fb.op(Op.EQ);
        fb.jump(Op.JUMP_IF_NOT_ZERO, ok);
        fb.op(Op.CONST, Integer.MIN_VALUE);
        fb.op(Op.STORE_SLOT, t);
        fb.bind(ok);
        fb.op(Op.LOAD_SLOT, t);
    }

    private void convertToFloating(Type from, Type to) {
        boolean toFloat = to.kind() == Type.Kind.FLOAT;
        if (from.isFloating()) {
            if (from.kind() != to.kind()) {
                fb.op(toFloat ? Op.F64_TO_F32 : Op.F32_TO_F64);
            }
            return;
        }
        if (from.size() == 8 && from.isUnsigned()) {
            fb.op(toFloat ? Op.U64_TO_F32 : Op.U64_TO_F64);
            return;
        }
        if (from.size() == 4 && from.isUnsigned()) {
            fb.op(Op.ZEXT32);
        }
        fb.op(toFloat ? Op.I64_TO_F32 : Op.I64_TO_F64);
    }

    /** A 64-bit integer value -> the canonical form of integer type {@code to}. */
    void narrow(Type to) {
        if (to.kind() == Type.Kind.BOOL) {
            fb.op(Op.CONST, 0);
            fb.op(Op.NE);
            return;
        }
        switch ((int) to.size()) {
            case 1 -> fb.op(to.isUnsigned() ? Op.ZEXT8 : Op.SEXT8);
            case 2 -> fb.op(to.isUnsigned() ? Op.ZEXT16 : Op.SEXT16);
            case 4 -> fb.op(Op.SEXT32);
            default -> {
            }
        }
    }

    /** value -> 0/1-ish truth value usable by JUMP_IF_ZERO (floats compared with 0.0). */
    void truth(Type t) {
        if (t.isFloating()) {
            doubleConst(0, t);
            fb.op(t.kind() == Type.Kind.FLOAT ? Op.NE_F32 : Op.NE_F64);
        }
    }

    /** A limit of the VM the program exceeds: reported as a plain error at the closest position. */
    static final class LimitError extends RuntimeException {
        LimitError(String message) {
            super(message, null, false, false);
        }
    }

    /** A codegen bug or an unsupported construct: reported as an internal compiler error. */
    static final class GenError extends RuntimeException {
        GenError(String message) {
            super(message, null, false, false);
        }
    }
}
