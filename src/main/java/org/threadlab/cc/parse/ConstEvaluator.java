package org.threadlab.cc.parse;

import java.util.List;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.InitItem;
import org.threadlab.cc.ast.Relocation;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.type.Type;

/**
 * Compile-time evaluation (C11 6.6): integer constant expressions (array sizes, case labels,
 * enum values, static initializers), floating constants, and address constants ({@code &g},
 * {@code arr + 2}, {@code "str"}, function names) for global initializers, which become bytes
 * plus relocations. Values are computed with the exact C semantics of the operand types
 * (wrap-around to the type's width, unsigned division and shifts).
 */
final class ConstEvaluator {
    private ConstEvaluator() {
    }

    /** An address constant: symbol (null for a plain integer cast to a pointer) plus byte offset. */
    record Address(String symbol, long offset) {
    }

    /** The value of an integer constant expression, or null when {@code e} is not one. */
    static Long integerValue(Expr e) {
        if (e instanceof Expr.IntConst c) {
            return truncate(c.value(), c.type());
        }
        if (e instanceof Expr.Cast c) {
            Type from = c.operand().type();
            if (c.type().isVoid()) {
                return null;
            }
            if (from.isFloating()) {
                Double d = floatValue(c.operand());
                if (d == null) {
                    return null;
                }
                long bits = c.type().isUnsigned() && d >= 0x1p63 ? (long) (d - 0x1p63) ^ Long.MIN_VALUE : d.longValue();
                return truncate(bits, c.type());
            }
            if (from.isInteger()) {
                Long v = integerValue(c.operand());
                return v == null ? null : truncate(v, c.type());
            }
            if (from.isPointer() || from.isArray()) {
                Address a = address(c.operand());
                return a != null && a.symbol() == null ? truncate(a.offset(), c.type()) : null;
            }
            return null;
        }
        if (e instanceof Expr.Unary u) {
            Long v = integerValue(u.operand());
            if (v == null) {
                Double d = u.op() == Expr.UnaryOp.LOGNOT ? floatValue(u.operand()) : null;
                return d == null ? null : (d == 0 ? 1L : 0L);
            }
            return switch (u.op()) {
                case NEG -> truncate(-v, u.type());
                case BITNOT -> truncate(~v, u.type());
                case LOGNOT -> v == 0 ? 1L : 0L;
            };
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Conditional c) {
            Long cond = integerValue(c.cond());
            if (cond == null) {
                return null;
            }
            return integerValue(cond != 0 ? c.then() : c.otherwise());
        }
        if (e instanceof Expr.Comma c) {
            return integerValue(c.right());
        }
        return null;
    }

    private static Long binary(Expr.Binary b) {
        Type ot = b.left().type();
        if (ot.isFloating() && b.op().isComparison()) {
            Double l = floatValue(b.left());
            Double r = floatValue(b.right());
            if (l == null || r == null) {
                return null;
            }
            return compare(b.op(), Double.compare(l, r), l, r);
        }
        if (b.op() == Expr.BinaryOp.LOGAND || b.op() == Expr.BinaryOp.LOGOR) {
            Long l = integerValue(b.left());
            if (l == null) {
                return null;
            }
            if (b.op() == Expr.BinaryOp.LOGAND && l == 0 || b.op() == Expr.BinaryOp.LOGOR && l != 0) {
                return b.op() == Expr.BinaryOp.LOGOR ? 1L : 0L;
            }
            Long r = integerValue(b.right());
            return r == null ? null : (r != 0 ? 1L : 0L);
        }
        Long l = integerValue(b.left());
        Long r = integerValue(b.right());
        if (l == null || r == null) {
            return null;
        }
        boolean unsigned = ot.isUnsigned() || ot.isPointer();
        long v;
        switch (b.op()) {
            case ADD -> v = l + r;
            case SUB -> v = l - r;
            case MUL -> v = l * r;
            case DIV -> {
                if (r == 0) {
                    return null;
                }
                v = unsigned ? Long.divideUnsigned(l, r) : l / r;
            }
            case MOD -> {
                if (r == 0) {
                    return null;
                }
                v = unsigned ? Long.remainderUnsigned(l, r) : l % r;
            }
            case SHL -> v = l << r;
            case SHR -> v = ot.isUnsigned() ? l >>> r : l >> r;
            case BITAND -> v = l & r;
            case BITOR -> v = l | r;
            case BITXOR -> v = l ^ r;
            default -> {
                int cmp = unsigned ? Long.compareUnsigned(l, r) : Long.compare(l, r);
                return compare(b.op(), cmp, 0, 0);
            }
        }
        return truncate(v, b.type());
    }

    private static Long compare(Expr.BinaryOp op, int cmp, double l, double r) {
        boolean nan = Double.isNaN(l) || Double.isNaN(r);
        boolean res = switch (op) {
            case EQ -> cmp == 0 && !nan;
            case NE -> cmp != 0 || nan;
            case LT -> cmp < 0 && !nan;
            case LE -> cmp <= 0 && !nan;
            case GT -> cmp > 0 && !nan;
            default -> cmp >= 0 && !nan;
        };
        return res ? 1L : 0L;
    }

    /** {@code v} wrapped to the width and signedness of integer (or pointer) type {@code t}. */
    static long truncate(long v, Type t) {
        if (t.kind() == Type.Kind.BOOL) {
            return v != 0 ? 1 : 0;
        }
        if (!t.isInteger() && !t.isPointer()) {
            return v;
        }
        return switch ((int) t.size()) {
            case 1 -> t.isUnsigned() ? v & 0xff : (byte) v;
            case 2 -> t.isUnsigned() ? v & 0xffff : (short) v;
            case 4 -> t.isUnsigned() ? v & 0xffffffffL : (int) v;
            default -> v;
        };
    }

    /** The value of a constant arithmetic expression as a double, or null. */
    static Double floatValue(Expr e) {
        if (e instanceof Expr.FloatConst f) {
            return f.value();
        }
        if (e.type().isInteger()) {
            Long v = integerValue(e);
            if (v == null) {
                return null;
            }
            return e.type().isUnsigned() && v < 0 ? (double) (v >>> 1) * 2.0 + (v & 1) : (double) v;
        }
        if (e instanceof Expr.Cast c && c.type().isFloating()) {
            Double d = floatValue(c.operand());
            return d == null ? null : c.type().kind() == Type.Kind.FLOAT ? (double) (float) (double) d : d;
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            Double d = floatValue(u.operand());
            return d == null ? null : -d;
        }
        if (e instanceof Expr.Binary b && e.type().isFloating()) {
            Double l = floatValue(b.left());
            Double r = floatValue(b.right());
            if (l == null || r == null) {
                return null;
            }
            double v = switch (b.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
                default -> Double.NaN;
            };
            return e.type().kind() == Type.Kind.FLOAT ? (double) (float) v : v;
        }
        if (e instanceof Expr.Conditional c) {
            Long cond = integerValue(c.cond());
            return cond == null ? null : floatValue(cond != 0 ? c.then() : c.otherwise());
        }
        return null;
    }

    /** The address constant {@code e} (of pointer type) denotes, or null. */
    static Address address(Expr e) {
        if (e instanceof Expr.Cast c) {
            Type from = c.operand().type();
            if (from.isArray()) {
                return lvalueAddress(c.operand());
            }
            if (from.isFunction()) {
                return c.operand() instanceof Expr.FuncRef f ? new Address(f.function().name(), 0) : null;
            }
            if (from.isPointer()) {
                return address(c.operand());
            }
            if (from.isInteger()) {
                Long v = integerValue(c.operand());
                return v == null ? null : new Address(null, v);
            }
            return null;
        }
        if (e instanceof Expr.AddrOf a) {
            if (a.operand() instanceof Expr.FuncRef f) {
                return new Address(f.function().name(), 0);
            }
            return lvalueAddress(a.operand());
        }
        if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB)
                && b.type().isPointer()) {
            Address base = address(b.left());
            Long off = integerValue(b.right());
            if (base == null || off == null) {
                return null;
            }
            return new Address(base.symbol(), base.offset() + (b.op() == Expr.BinaryOp.ADD ? off : -off));
        }
        if (e instanceof Expr.IntConst c) {
            return new Address(null, c.value());
        }
        if (e instanceof Expr.Comma c) {
            return address(c.right());
        }
        return null;
    }

    private static Address lvalueAddress(Expr e) {
        if (e instanceof Expr.VarRef v) {
            return v.var().isLocal() ? null : new Address(v.var().linkName(), 0);
        }
        if (e instanceof Expr.CompoundLiteral c) {
            return c.var().isLocal() ? null : new Address(c.var().linkName(), 0);
        }
        if (e instanceof Expr.MemberAccess m) {
            Address a = lvalueAddress(m.object());
            return a == null ? null : new Address(a.symbol(), a.offset() + m.member().offset());
        }
        if (e instanceof Expr.Deref d) {
            return address(d.pointer());
        }
        return null;
    }

    /**
     * Writes a global's initializer into its data: scalars little-endian, addresses as
     * relocations. Returns the first item that is not constant, or null when all were.
     */
    static InitItem fillData(Variable v, List<InitItem> items) {
        byte[] data = new byte[(int) Math.max(v.type().size(), 0)];
        v.relocations().clear();
        InitItem bad = null;
        for (InitItem item : items) {
            Type t = item.type();
            Expr e = item.value();
            int off = (int) item.offset();
            if (t.isFloating()) {
                Double d = floatValue(e);
                if (d == null) {
                    bad = bad == null ? item : bad;
                    continue;
                }
                long bits = t.kind() == Type.Kind.FLOAT ? Float.floatToIntBits((float) (double) d) : Double.doubleToLongBits(d);
                write(data, off, bits, (int) t.size());
            } else if (t.isInteger() || t.isPointer()) {
                Long iv = e.type().isInteger() || e.type().isFloating() ? integerValue(e) : null;
                if (iv != null && item.isBitField()) {
                    long unit = read(data, off, (int) t.size());
                    long mask = (item.bitWidth() == 64 ? -1L : (1L << item.bitWidth()) - 1) << item.bitOffset();
                    write(data, off, unit & ~mask | (iv << item.bitOffset()) & mask, (int) t.size());
                    continue;
                }
                if (iv != null) {
                    write(data, off, iv, (int) t.size());
                    continue;
                }
                Address a = address(e);
                if (a == null || (a.symbol() != null && t.size() != 8)) {
                    bad = bad == null ? item : bad;
                    continue;
                }
                write(data, off, a.symbol() == null ? a.offset() : 0, (int) t.size());
                if (a.symbol() != null) {
                    v.relocations().removeIf(r -> r.offset() == off);
                    v.relocations().add(new Relocation(off, a.symbol(), a.offset()));
                }
            } else {
                bad = bad == null ? item : bad;
            }
        }
        v.setData(data);
        return bad;
    }

    private static long read(byte[] data, int off, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (off + i < data.length ? data[off + i] & 0xff : 0);
        }
        return v;
    }

    private static void write(byte[] data, int off, long value, int size) {
        for (int i = 0; i < size && off + i < data.length; i++) {
            data[off + i] = (byte) (value >>> (8 * i));
        }
    }
}
