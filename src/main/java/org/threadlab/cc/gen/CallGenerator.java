package org.threadlab.cc.gen;

import java.util.List;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.type.Type;
import org.threadlab.vm.code.Op;

/**
 * Calls: to functions defined in the program, in any of its units ({@code CALL index}), to
 * functions only declared (the C library: {@code BUILTIN name}, resolved by the VM's registry),
 * through pointers ({@code CALL_INDIRECT}), and the GNU builtins: the stdarg ones are inlined
 * (va_list is a plain pointer into the variadic area, see the VM's variadic ABI); {@code __sync_*} and
 * {@code __atomic_*} become library calls named with the object's size as GCC's libatomic does
 * ({@code __sync_fetch_and_add_4}, {@code __atomic_compare_exchange_8}; fences and
 * {@code __atomic_test_and_set}/{@code __atomic_clear} keep their names); any other
 * {@code __builtin_x} calls the library's {@code x} ({@code __builtin_trap} calls {@code abort});
 * {@code alloca} and {@code __builtin_alloca} are the ALLOCA instruction (the caller's stack).
 * Struct arguments are copied into caller frame memory and passed by address; a struct result
 * goes to a temporary whose address is the hidden first argument, for library functions too (the
 * library writes the result there and returns that address). A call without a prototype to a
 * function defined here gets 0 for missing arguments and drops extra ones (as CALL_INDIRECT does).
 */
final class CallGenerator {
    private final ExpressionGenerator g;

    CallGenerator(ExpressionGenerator g) {
        this.g = g;
    }

    void call(Expr.Call c) {
        String name = c.directName();
        if (name != null && !g.program.isDefinedFunction(name) && (name.equals("alloca") || name.equals("__builtin_alloca"))
                && c.args().size() == 1) {
            g.value(c.args().get(0));
            g.at(c.pos());
            g.fb.op(Op.ALLOCA);
            return;
        }
        if (name != null && !g.program.isDefinedFunction(name) && isGnuBuiltin(name)) {
            builtin(name, c);
            return;
        }
        boolean defined = name != null && g.program.isDefinedFunction(name);
        boolean library = name != null && !defined;
        int n = 0;
        if (c.type().isStructOrUnion()) {
            int tmp = g.reserve(Emitter.sizeOf(c.type()), c.type().align());
            g.fb.op(Op.FRAME_ADDR, tmp);
            n++;
        }
        int hidden = n;
        Function callee = defined ? g.program.definedFunction(name) : null;
        int params = callee == null ? Integer.MAX_VALUE : callee.params().size() + hidden;
        boolean variadic = callee != null && callee.type().isVariadic();
        for (Expr a : c.args()) {
            argument(a);
            if (n >= params && !variadic) {
                g.fb.op(Op.POP); // an extra argument to an unprototyped function: evaluated, then dropped
            } else {
                n++;
            }
        }
        while (n < params && callee != null) {
            g.fb.op(Op.CONST, 0); // too few arguments to an unprototyped function: as CALL_INDIRECT, 0
            n++;
        }
        g.at(c.pos());
        if (defined) {
            g.fb.op(Op.CALL, g.program.functionIndex(name), n);
        } else if (library) {
            g.fb.op(Op.BUILTIN, g.program.libraryFunction(name, c.pos()), n);
            if (c.type().isInteger()) {
                g.narrow(c.type());
            }
        } else {
            g.value(c.callee());
            g.at(c.pos());
            g.fb.op(Op.CALL_INDIRECT, n);
        }
    }

    private void argument(Expr a) {
        Type t = a.type();
        if (t.isStructOrUnion()) {
            int tmp = g.reserve(Emitter.sizeOf(t), t.align());
            g.fb.op(Op.FRAME_ADDR, tmp);
            g.address(a);
            g.fb.op(Op.STRUCT_COPY, Emitter.sizeOf(t));
            g.fb.op(Op.FRAME_ADDR, tmp);
            return;
        }
        g.value(a);
    }

    static boolean isGnuBuiltin(String name) {
        return name.startsWith("__builtin_") || name.startsWith("__sync_") || name.startsWith("__atomic_");
    }

    private void builtin(String name, Expr.Call c) {
        List<Expr> args = c.args();
        switch (name) {
            case "__builtin_va_start" -> {
                ExpressionGenerator.Place p = g.prepare(lvalue(args.get(0)));
                g.fb.op(Op.VA_START);
                g.storeKeep(p);
            }
            case "__builtin_va_end" -> {
                g.value(args.get(0));
                g.fb.op(Op.POP);
                g.fb.op(Op.CONST, 0);
            }
            case "__builtin_va_copy" -> {
                ExpressionGenerator.Place p = g.prepare(lvalue(args.get(0)));
                g.value(args.get(1));
                g.storeKeep(p);
            }
            case "__builtin_va_arg" -> vaArg(args.get(0), c.type());
            case "__builtin_expect" -> {
                g.value(args.get(0));
                for (int i = 1; i < args.size(); i++) {
                    g.value(args.get(i));
                    g.fb.op(Op.POP);
                }
            }
            case "__builtin_unreachable" -> g.fb.op(Op.CONST, 0);
            case "__builtin_trap" -> g.fb.op(Op.BUILTIN, g.program.libraryFunction("abort", c.pos()), 0);
            default -> {
                if (!name.startsWith("__sync_") && !name.startsWith("__atomic_")) {
                    libraryBuiltin(name.substring("__builtin_".length()), c);
                    return;
                }
                for (Expr a : args) {
                    g.value(a);
                }
                g.at(c.pos());
                g.fb.op(Op.BUILTIN, g.program.libraryFunction(atomicName(name, args), c.pos()), args.size());
                if (c.type().isInteger()) {
                    g.narrow(c.type());
                }
            }
        }
    }

    /** {@code __builtin_memcpy(...)} and the like: a call to the library function {@code memcpy}, as GCC does. */
    private void libraryBuiltin(String name, Expr.Call c) {
        for (Expr a : c.args()) {
            argument(a);
        }
        g.at(c.pos());
        g.fb.op(Op.BUILTIN, g.program.libraryFunction(name, c.pos()), c.args().size());
        if (c.type().isInteger()) {
            g.narrow(c.type());
        }
    }

    /** The library name for {@code __sync_*}/{@code __atomic_*}: GCC's sized name (see the class comment). */
    static String atomicName(String name, List<Expr> args) {
        if (name.equals("__sync_synchronize") || name.endsWith("_fence") || name.equals("__atomic_test_and_set")
                || name.equals("__atomic_clear") || args.isEmpty() || !args.get(0).type().isPointer()) {
            return name;
        }
        long size = args.get(0).type().base().size();
        String base = name.endsWith("_n") ? name.substring(0, name.length() - 2) : name;
        return base + "_" + size;
    }

    private static Expr lvalue(Expr e) {
        Expr x = e;
        while (!x.isLvalue() && x instanceof Expr.Cast c) {
            x = c.operand();
        }
        if (!x.isLvalue()) {
            throw new Emitter.GenError("va_list argument is not an lvalue");
        }
        return x;
    }

    /** Loads the next 8-byte slot of the variadic area at {@code ap}, narrowed to {@code t}; advances ap by 8. */
    private void vaArg(Expr ap, Type t) {
        ExpressionGenerator.Place p = g.prepare(lvalue(ap));
        int old = g.tempSlot();
        g.loadPlace(p);
        g.fb.op(Op.DUP);
        g.fb.op(Op.STORE_SLOT, old);
        g.fb.op(Op.CONST, 8);
        g.fb.op(Op.ADD_I64);
        g.storeKeep(p);
        g.fb.op(Op.POP);
        g.fb.op(Op.LOAD_SLOT, old);
        g.fb.op(Op.LOAD_I64);
        if (t.kind() == Type.Kind.FLOAT) {
            g.fb.op(Op.F64_TO_F32);
        } else if (t.isInteger()) {
            g.narrow(t);
        }
    }
}
