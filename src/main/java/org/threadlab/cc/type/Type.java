package org.threadlab.cc.type;

import java.util.List;
import java.util.StringJoiner;

import org.threadlab.cc.ast.Expr;

/**
 * A C type (chibicc's {@code Type}), immutable except for the shared {@link Aggregate} body of
 * a struct or union. LP64: char 1, short 2, int 4, long 8, long long 8, pointer 8, float 4,
 * double 8 (long double is double), _Bool 1; enums are int.
 *
 * <p>Arrays have {@link #arrayLength()} {@code -1} while incomplete ({@code int a[]}). A
 * variable-length array has kind {@link Kind#VLA} and keeps its length expression
 * ({@link #vlaLength()}, of type long, evaluated once at the declaration). Function types keep
 * their return type, parameters, whether they are variadic, and whether they have a prototype
 * ({@code int f()} has none: any arguments, default promotions). Qualifiers (const, volatile,
 * _Atomic) live on the type itself; {@link #unqualified()} drops them.
 */
public final class Type {

    /** The kinds of types. Integer kinds carry signedness in {@link #isUnsigned()}. */
    public enum Kind { VOID, BOOL, CHAR, SHORT, INT, LONG, LLONG, FLOAT, DOUBLE, ENUM, PTR, ARRAY, VLA, FUNC, STRUCT, UNION }

    public static final Type VOID = new Type(Kind.VOID, 1, 1, false);
    public static final Type BOOL = new Type(Kind.BOOL, 1, 1, true);
    public static final Type CHAR = new Type(Kind.CHAR, 1, 1, false);
    public static final Type UCHAR = new Type(Kind.CHAR, 1, 1, true);
    public static final Type SHORT = new Type(Kind.SHORT, 2, 2, false);
    public static final Type USHORT = new Type(Kind.SHORT, 2, 2, true);
    public static final Type INT = new Type(Kind.INT, 4, 4, false);
    public static final Type UINT = new Type(Kind.INT, 4, 4, true);
    public static final Type LONG = new Type(Kind.LONG, 8, 8, false);
    public static final Type ULONG = new Type(Kind.LONG, 8, 8, true);
    public static final Type LLONG = new Type(Kind.LLONG, 8, 8, false);
    public static final Type ULLONG = new Type(Kind.LLONG, 8, 8, true);
    public static final Type FLOAT = new Type(Kind.FLOAT, 4, 4, false);
    public static final Type DOUBLE = new Type(Kind.DOUBLE, 8, 8, false);

    private final Kind kind;
    private final long size;
    private final int align;
    private final boolean unsigned;
    private boolean isConst;
    private boolean isVolatile;
    private boolean isAtomic;
    private Type base;
    private long arrayLength;
    private Expr vlaLength;
    private Type returnType;
    private List<Param> params = List.of();
    private boolean variadic;
    private boolean prototyped;
    private Aggregate aggregate;
    private String enumTag;
    private String typedefName;
    private Type unqualified;

    private Type(Kind kind, long size, int align, boolean unsigned) {
        this.kind = kind;
        this.size = size;
        this.align = align;
        this.unsigned = unsigned;
        this.unqualified = this;
    }

    private Type copy() {
        Type t = new Type(kind, size, align, unsigned);
        t.isConst = isConst;
        t.isVolatile = isVolatile;
        t.isAtomic = isAtomic;
        t.base = base;
        t.arrayLength = arrayLength;
        t.vlaLength = vlaLength;
        t.returnType = returnType;
        t.params = params;
        t.variadic = variadic;
        t.prototyped = prototyped;
        t.aggregate = aggregate;
        t.enumTag = enumTag;
        t.typedefName = typedefName;
        t.unqualified = unqualified;
        return t;
    }

    // ---- constructors of derived types

    public static Type pointerTo(Type base) {
        Type t = new Type(Kind.PTR, 8, 8, true);
        t.base = base;
        return t;
    }

    /** An array of {@code length} elements; {@code -1} for an incomplete array. */
    public static Type arrayOf(Type base, long length) {
        long sz = length < 0 ? -1 : base.size() * length;
        Type t = new Type(Kind.ARRAY, sz, base.align(), false);
        t.base = base;
        t.arrayLength = length;
        return t;
    }

    /** A variable-length array whose element count is the value of {@code length} (type long). */
    public static Type vlaOf(Type base, Expr length) {
        Type t = new Type(Kind.VLA, 8, 8, false);
        t.base = base;
        t.vlaLength = length;
        t.arrayLength = -1;
        return t;
    }

    /** A function type; {@code prototyped} is false for the K&R form {@code f()}. */
    public static Type function(Type returnType, List<Param> params, boolean variadic, boolean prototyped) {
        Type t = new Type(Kind.FUNC, 1, 1, false);
        t.returnType = returnType;
        t.params = List.copyOf(params);
        t.variadic = variadic;
        t.prototyped = prototyped;
        return t;
    }

    public static Type struct(Aggregate body) {
        Type t = new Type(body.isUnion() ? Kind.UNION : Kind.STRUCT, 0, 1, false);
        t.aggregate = body;
        return t;
    }

    public static Type enumType(String tag) {
        Type t = new Type(Kind.ENUM, 4, 4, false);
        t.enumTag = tag;
        return t;
    }

    public Type withConst() {
        if (isConst) {
            return this;
        }
        Type t = copy();
        t.isConst = true;
        return t;
    }

    public Type withVolatile() {
        Type t = copy();
        t.isVolatile = true;
        return t;
    }

    public Type withAtomic() {
        Type t = copy();
        t.isAtomic = true;
        return t;
    }

    /**
     * The same type under a typedef name, used only in messages ("pthread_t *" rather than
     * "unsigned long *"); it stays identical to this type for every rule
     * ({@link #unqualified()} is shared).
     */
    public Type withTypedefName(String name) {
        Type t = copy();
        t.typedefName = name;
        return t;
    }

    /** The typedef name this type was declared through, or null. */
    public String typedefName() {
        return typedefName;
    }

    /** This type with the qualifiers of {@code other} added. */
    public Type withQualifiersOf(Type other) {
        Type t = this;
        if (other.isConst) {
            t = t.withConst();
        }
        if (other.isVolatile) {
            t = t.withVolatile();
        }
        return t;
    }

    /** This type without const/volatile/_Atomic. */
    public Type unqualified() {
        return unqualified;
    }

    // ---- accessors

    public Kind kind() {
        return kind;
    }

    /** Size in bytes; -1 for incomplete types (incomplete arrays and structs); 1 for void and functions (GNU). */
    public long size() {
        if (aggregate != null) {
            return aggregate.size();
        }
        return size;
    }

    public int align() {
        return aggregate != null ? aggregate.align() : align;
    }

    public boolean isUnsigned() {
        return unsigned;
    }

    public boolean isConst() {
        return isConst;
    }

    public boolean isVolatile() {
        return isVolatile;
    }

    public boolean isAtomic() {
        return isAtomic;
    }

    /** Pointee of a pointer, element of an array or VLA; null otherwise. */
    public Type base() {
        return base;
    }

    public long arrayLength() {
        return arrayLength;
    }

    public Expr vlaLength() {
        return vlaLength;
    }

    public Type returnType() {
        return returnType;
    }

    public List<Param> params() {
        return params;
    }

    public boolean isVariadic() {
        return variadic;
    }

    public boolean isPrototyped() {
        return prototyped;
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    public List<Member> members() {
        return aggregate == null ? List.of() : aggregate.members();
    }

    // ---- classification

    public boolean isInteger() {
        return switch (kind) {
            case BOOL, CHAR, SHORT, INT, LONG, LLONG, ENUM -> true;
            default -> false;
        };
    }

    public boolean isFloating() {
        return kind == Kind.FLOAT || kind == Kind.DOUBLE;
    }

    public boolean isArithmetic() {
        return isInteger() || isFloating();
    }

    public boolean isPointer() {
        return kind == Kind.PTR;
    }

    public boolean isScalar() {
        return isArithmetic() || isPointer();
    }

    public boolean isArray() {
        return kind == Kind.ARRAY || kind == Kind.VLA;
    }

    public boolean isFunction() {
        return kind == Kind.FUNC;
    }

    public boolean isStructOrUnion() {
        return kind == Kind.STRUCT || kind == Kind.UNION;
    }

    public boolean isVoid() {
        return kind == Kind.VOID;
    }

    /** True when objects of this type can be defined: not void, not an incomplete array or struct. */
    public boolean isComplete() {
        if (kind == Kind.VOID) {
            return false;
        }
        if (aggregate != null) {
            return aggregate.isComplete();
        }
        return kind != Kind.ARRAY || arrayLength >= 0;
    }

    /** True for VLAs and arrays or pointers whose element type is variably modified. */
    public boolean isVariablyModified() {
        return kind == Kind.VLA || (base != null && base.isVariablyModified());
    }

    /** The C spelling, as gcc prints types in messages: "int *", "char (*)[10]", "int (*)(int)". */
    @Override
    public String toString() {
        return spell(this, "", true);
    }

    /**
     * The type quoted for a message, with what a typedef name stands for, as gcc does:
     * {@code 'pthread_t' (aka 'unsigned long')}; just {@code 'int *'} without typedefs.
     */
    public String quoted() {
        String named = spell(this, "", true);
        String plain = spell(this, "", false);
        return named.equals(plain) || plain.contains("<anonymous>") ? "'" + named + "'" : "'" + named + "' (aka '" + plain + "')";
    }

    private static String spell(Type t, String inner, boolean typedefs) {
        String quals = (t.isConst ? "const " : "") + (t.isVolatile ? "volatile " : "") + (t.isAtomic ? "_Atomic " : "");
        if (typedefs && t.typedefName != null) {
            String name = quals + t.typedefName;
            return inner.isEmpty() ? name : inner.startsWith("[") ? name + inner : name + " " + inner;
        }
        switch (t.kind) {
            case PTR: {
                String ptr = "*" + (t.isConst ? "const" : "") + (t.isConst && !inner.isEmpty() && !inner.startsWith("[") ? " " : "") + inner;
                if (t.base.isArray() || t.base.isFunction()) {
                    return spell(t.base, "(" + ptr + ")", typedefs);
                }
                return spell(t.base, ptr, typedefs);
            }
            case ARRAY:
                return spell(t.base, inner + "[" + (t.arrayLength >= 0 ? String.valueOf(t.arrayLength) : "") + "]", typedefs);
            case VLA:
                return spell(t.base, inner + "[*]", typedefs);
            case FUNC: {
                StringJoiner ps = new StringJoiner(", ", "(", ")");
                for (Param p : t.prototyped ? t.params : List.<Param>of()) {
                    ps.add(spell(p.type(), "", typedefs));
                }
                if (t.variadic) {
                    ps.add("...");
                }
                if (t.params.isEmpty() && !t.variadic && t.prototyped) {
                    ps.add("void");
                }
                return spell(t.returnType, inner + ps, typedefs);
            }
            default: {
                String name = quals + baseName(t, typedefs);
                if (inner.isEmpty()) {
                    return name;
                }
                return inner.startsWith("[") ? name + inner : name + " " + inner;
            }
        }
    }

    private static String baseName(Type t, boolean typedefs) {
        String u = t.unsigned ? "unsigned " : "";
        return switch (t.kind) {
            case VOID -> "void";
            case BOOL -> "_Bool";
            case CHAR -> u + "char";
            case SHORT -> u + "short";
            case INT -> t.unsigned ? "unsigned int" : "int";
            case LONG -> u + "long";
            case LLONG -> u + "long long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case ENUM -> "enum " + (t.enumTag != null ? t.enumTag : "<anonymous>");
            case STRUCT, UNION -> typedefs && t.aggregate.tag() == null && t.aggregate.typedefName() != null ? t.aggregate.typedefName()
                    : (t.kind == Kind.STRUCT ? "struct " : "union ") + (t.aggregate.tag() != null ? t.aggregate.tag() : "<anonymous>");
            default -> t.kind.name();
        };
    }
}
