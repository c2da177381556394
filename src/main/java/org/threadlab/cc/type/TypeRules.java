package org.threadlab.cc.type;

import java.util.List;

/**
 * The conversion and compatibility rules of C11 6.2.7 and 6.3 on LP64: integer promotions,
 * usual arithmetic conversions, default argument promotions, compatible types.
 */
public final class TypeRules {
    private TypeRules() {
    }

    /** Integer conversion rank (6.3.1.1): _Bool 0, char 1, short 2, int/enum 3, long 4, long long 5. */
    public static int rank(Type t) {
        return switch (t.kind()) {
            case BOOL -> 0;
            case CHAR -> 1;
            case SHORT -> 2;
            case INT, ENUM -> 3;
            case LONG -> 4;
            case LLONG -> 5;
            default -> throw new IllegalArgumentException("not an integer type: " + t);
        };
    }

    /** Integer promotion: types of rank below int become int; others stay (unqualified). */
    public static Type promote(Type t) {
        if (t.isInteger() && (rank(t) < 3 || t.kind() == Type.Kind.ENUM)) {
            return Type.INT;
        }
        return t.unqualified();
    }

    /** Default argument promotion: integer promotion, and float becomes double. */
    public static Type argumentPromote(Type t) {
        if (t.kind() == Type.Kind.FLOAT) {
            return Type.DOUBLE;
        }
        return promote(t);
    }

    /** The common real type of the usual arithmetic conversions (6.3.1.8). */
    public static Type usualArithmetic(Type a, Type b) {
        if (a.kind() == Type.Kind.DOUBLE || b.kind() == Type.Kind.DOUBLE) {
            return Type.DOUBLE;
        }
        if (a.kind() == Type.Kind.FLOAT || b.kind() == Type.Kind.FLOAT) {
            return Type.FLOAT;
        }
        a = promote(a);
        b = promote(b);
        if (a.isUnsigned() == b.isUnsigned()) {
            return rank(a) >= rank(b) ? a : b;
        }
        Type u = a.isUnsigned() ? a : b;
        Type s = a.isUnsigned() ? b : a;
        if (rank(u) >= rank(s)) {
            return u;
        }
        if (s.size() > u.size()) {
            return s;
        }
        return unsignedOf(s);
    }

    /** The unsigned type of the same rank. */
    public static Type unsignedOf(Type t) {
        return switch (t.kind()) {
            case CHAR -> Type.UCHAR;
            case SHORT -> Type.USHORT;
            case INT, ENUM -> Type.UINT;
            case LONG -> Type.ULONG;
            case LLONG -> Type.ULLONG;
            default -> t;
        };
    }

    /** Compatible types (6.2.7): same qualifiers and compatible unqualified types. */
    public static boolean compatible(Type a, Type b) {
        if (a.isConst() != b.isConst() || a.isVolatile() != b.isVolatile()) {
            return false;
        }
        return compatibleUnqualified(a, b);
    }

    /** Compatible after dropping the top-level qualifiers of both. */
    public static boolean compatibleUnqualified(Type a, Type b) {
        if (a.unqualified() == b.unqualified()) {
            return true;
        }
        if (a.kind() == Type.Kind.ENUM && b.kind() == Type.Kind.INT && !b.isUnsigned()
                || b.kind() == Type.Kind.ENUM && a.kind() == Type.Kind.INT && !a.isUnsigned()) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return a.isArray() && b.isArray() && compatible(a.base(), b.base());
        }
        switch (a.kind()) {
            case VOID, FLOAT, DOUBLE:
                return true;
            case BOOL, CHAR, SHORT, INT, LONG, LLONG:
                return a.isUnsigned() == b.isUnsigned();
            case ENUM:
                return a.unqualified() == b.unqualified();
            case PTR:
                return compatible(a.base(), b.base());
            case ARRAY:
                return compatible(a.base(), b.base())
                        && (a.arrayLength() < 0 || b.arrayLength() < 0 || a.arrayLength() == b.arrayLength());
            case VLA:
                return compatible(a.base(), b.base());
            case FUNC:
                return compatibleFunctions(a, b);
            case STRUCT, UNION:
                return a.aggregate() == b.aggregate();
            default:
                return false;
        }
    }

    private static boolean compatibleFunctions(Type a, Type b) {
        if (!compatible(a.returnType(), b.returnType())) {
            return false;
        }
        if (!a.isPrototyped() || !b.isPrototyped()) {
            return true;
        }
        List<Param> pa = a.params();
        List<Param> pb = b.params();
        if (pa.size() != pb.size() || a.isVariadic() != b.isVariadic()) {
            return false;
        }
        for (int i = 0; i < pa.size(); i++) {
            if (!compatibleUnqualified(pa.get(i).type(), pb.get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /** The composite of two compatible types (6.2.7p3): completes arrays, prefers prototypes. */
    public static Type composite(Type a, Type b) {
        if (a.kind() == Type.Kind.ARRAY && b.kind() == Type.Kind.ARRAY) {
            if (a.arrayLength() < 0 && b.arrayLength() >= 0) {
                return b;
            }
            return a;
        }
        if (a.isFunction() && b.isFunction() && !a.isPrototyped() && b.isPrototyped()) {
            return b;
        }
        return a;
    }
}
