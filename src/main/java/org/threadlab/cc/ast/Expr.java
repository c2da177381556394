package org.threadlab.cc.ast;

import java.util.List;

import org.threadlab.cc.SourcePos;
import org.threadlab.cc.type.Member;
import org.threadlab.cc.type.Type;

/**
 * An expression with its C type (after the parser's conversions) and position.
 *
 * <p>Lowerings codegen relies on:
 * <ul>
 * <li>Implicit conversions are {@link Cast}s. A {@code Cast} from an array type (or a function
 * type) to a pointer is the decay: its value is the address of the operand, which is an lvalue
 * (or a function designator). Lvalue-to-rvalue conversion is implicit: an lvalue used as an
 * operand is loaded.</li>
 * <li>Pointer arithmetic is lowered as in chibicc: {@code p + i} is {@code Binary(ADD, p, i * size)}
 * with the integer side a {@code long} already multiplied by the element size, typed as the
 * pointer; {@code p - q} is {@code Binary(DIV, Binary(SUB, (long)p, (long)q), size)} of type long.
 * {@code a[i]} is {@code Deref(a + i)} with that lowering; {@code p->m} is
 * {@code Member(Deref(p), m)}.</li>
 * <li>Comparison and logical operators have type int; for comparisons both operands already
 * have the common type, so codegen picks signed/unsigned/float compare from the operand type.</li>
 * <li>{@link CompoundAssign}: load target, convert to {@code opType}, apply {@code op} with
 * {@code value} (already of {@code opType}, or a scaled long for pointer {@code +=}/{@code -=};
 * for shifts the promoted right operand), convert back to the target's type, store.</li>
 * <li>A {@link MemberAccess} whose member {@code isBitField()} designates bits of a storage unit
 * (see {@link org.threadlab.cc.type.Member}): loading extracts and sign- or zero-extends by the
 * member's type; storing (Assign, CompoundAssign, IncDec) is a read-modify-write of the unit.
 * A narrow bit-field used as a value is already wrapped in a Cast to int (6.3.1.1p2).</li>
 * <li>Calls to GNU builtins ({@code __sync_*}, {@code __atomic_*}, {@code __builtin_va_*},
 * {@code __builtin_expect}) are ordinary {@link Call}s to a Function of that name that is not
 * in the translation unit: recognise them by {@link Call#directName()}.
 * {@code __builtin_va_arg(ap, T)} is a call with arguments (ap, sizeof T) and type T.</li>
 * </ul>
 */
public sealed interface Expr {
    Type type();

    SourcePos pos();

    /** True when this expression designates an object (may be assigned or have its address taken). */
    default boolean isLvalue() {
        return false;
    }

    enum UnaryOp { NEG, BITNOT, LOGNOT }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), SHL("<<"), SHR(">>"),
        BITAND("&"), BITOR("|"), BITXOR("^"), EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        LOGAND("&&"), LOGOR("||");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
        }
    }

    /** An integer constant (also character constants and enum constants), value in 64 bits. */
    record IntConst(long value, Type type, SourcePos pos) implements Expr {
    }

    /** A floating constant. */
    record FloatConst(double value, Type type, SourcePos pos) implements Expr {
    }

    /** A use of a variable (local, parameter, global, static local, string literal object). */
    record VarRef(Variable var, Type type, SourcePos pos) implements Expr {
        @Override
        public boolean isLvalue() {
            return true;
        }
    }

    /** A function designator (type is the function type; decays to a pointer through a Cast). */
    record FuncRef(Function function, Type type, SourcePos pos) implements Expr {
    }

    record Unary(UnaryOp op, Expr operand, Type type, SourcePos pos) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right, Type type, SourcePos pos) implements Expr {
    }

    /** {@code target = value}; value already converted to the target's unqualified type. */
    record Assign(Expr target, Expr value, Type type, SourcePos pos) implements Expr {
    }

    /** {@code target op= value}: see the class comment. */
    record CompoundAssign(BinaryOp op, Expr target, Expr value, Type opType, Type type, SourcePos pos) implements Expr {
    }

    /** {@code ++x}, {@code x--}...: adds {@code step} (the element size for pointers, 1 otherwise; negative for --). */
    record IncDec(boolean prefix, Expr target, long step, Type type, SourcePos pos) implements Expr {
    }

    record Conditional(Expr cond, Expr then, Expr otherwise, Type type, SourcePos pos) implements Expr {
    }

    record Comma(Expr left, Expr right, Type type, SourcePos pos) implements Expr {
    }

    /** A conversion, explicit or implicit (see the class comment for array/function decay). */
    record Cast(Expr operand, Type type, SourcePos pos) implements Expr {
    }

    record AddrOf(Expr operand, Type type, SourcePos pos) implements Expr {
    }

    /** {@code *pointer}; an lvalue unless it designates a function. */
    record Deref(Expr pointer, Type type, SourcePos pos) implements Expr {
        @Override
        public boolean isLvalue() {
            return !type.isFunction();
        }
    }

    /** {@code object.member} at {@code member.offset()} bytes; an lvalue when the object is. */
    record MemberAccess(Expr object, Member member, Type type, SourcePos pos) implements Expr {
        @Override
        public boolean isLvalue() {
            return object.isLvalue();
        }
    }

    /**
     * A call. {@code callee} is a {@link FuncRef} for a direct call, else an expression of type
     * pointer to function. Arguments are converted: to the parameter types for prototyped
     * parameters, by the default argument promotions otherwise.
     */
    record Call(Expr callee, List<Expr> args, Type functionType, Type type, SourcePos pos) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        /** The called function's name for direct calls (for builtins), else null. */
        public String directName() {
            return callee instanceof FuncRef f ? f.function().name() : null;
        }
    }

    /** GNU {@code ({ ... })}: the value is that of the last expression statement (void if none). */
    record StmtExpr(Stmt.Block body, Type type, SourcePos pos) implements Expr {
    }

    /** {@code (T){...}}: an unnamed object (a local, or a global at file scope) with its initializer. */
    record CompoundLiteral(Variable var, List<InitItem> init, Type type, SourcePos pos) implements Expr {
        public CompoundLiteral {
            init = List.copyOf(init);
        }

        @Override
        public boolean isLvalue() {
            return true;
        }
    }
}
