package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.type.Param;
import org.threadlab.cc.type.Type;

/**
 * Declaration specifiers, declarators (full C syntax: {@code void (*signal(int, void (*)(int)))(int)}),
 * and type names (C11 6.7); struct, union and enum specifiers are in {@link TagParser}. A nested declarator is parsed around a
 * placeholder type that is replaced by the outer type afterwards, so parsing stays linear.
 */
abstract class DeclarationParser extends TagParser {

    private static final int VOID = 1;
    private static final int BOOL = 1 << 2;
    private static final int CHAR = 1 << 4;
    private static final int SHORT = 1 << 6;
    private static final int INT = 1 << 8;
    private static final int LONG = 1 << 10;
    private static final int FLOAT = 1 << 12;
    private static final int DOUBLE = 1 << 14;
    private static final int OTHER = 1 << 16;
    private static final int SIGNED = 1 << 17;
    private static final int UNSIGNED = 1 << 18;

    private final Type placeholder = Type.enumType("<declarator>");

    /**
     * The parameter variables created while parsing each prototype, keyed by the identity of its
     * parameter list (shared by every copy of the function type), so a definition uses the very
     * objects its VLA parameter sizes refer to. Only looked up, never iterated.
     */
    final Map<List<Param>, List<Variable>> parameterVariables = new IdentityHashMap<>();

    DeclarationParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    // provided by the expression parser
    abstract Expr conditional();

    abstract Expr assignment();

    /** The value of {@code e} when it is an integer constant expression, else null. */
    abstract Long tryConstant(Expr e);

    /** declaration-specifiers: storage classes, qualifiers, type specifiers, typedef names, in any order. */
    @Override
    DeclSpec declarationSpecifiers() {
        enter("declarations nest too deeply");
        try {
            return declarationSpecifiersInner();
        } finally {
            leave();
        }
    }

    private DeclSpec declarationSpecifiersInner() {
        Token first = peek();
        int counter = 0;
        Type ty = Type.INT;
        boolean isTypedef = false;
        boolean isStatic = false;
        boolean isExtern = false;
        boolean isInline = false;
        boolean isNoreturn = false;
        boolean isConst = false;
        boolean isVolatile = false;
        boolean isAtomic = false;
        boolean sawStorage = false;
        int alignas = 0;
        while (isTypeName(peek())) {
            Token t = peek();
            String s = t.text();
            switch (s) {
                case "typedef", "static", "extern", "auto", "register", "inline", "__inline", "__inline__",
                        "_Noreturn", "_Thread_local", "__thread" -> {
                    advance();
                    sawStorage = true;
                    if ((s.equals("typedef") || s.equals("static") || s.equals("extern"))
                            && (isTypedef || isStatic || isExtern)) {
                        error(t, "multiple storage classes in one declaration");
                    }
                    switch (s) {
                        case "typedef" -> isTypedef = true;
                        case "static" -> isStatic = true;
                        case "extern" -> isExtern = true;
                        case "inline", "__inline", "__inline__" -> isInline = true;
                        case "_Noreturn" -> isNoreturn = true;
                        case "_Thread_local", "__thread" -> error(t, "'" + s + "' (thread-local storage) is not supported "
                                + "by ThreadLab yet; use a local variable or pthread_getspecific");
                        default -> { }
                    }
                    continue;
                }
                case "const", "__const" -> {
                    advance();
                    isConst = true;
                    continue;
                }
                case "volatile", "__volatile__", "__volatile" -> {
                    advance();
                    isVolatile = true;
                    continue;
                }
                case "restrict", "__restrict", "__restrict__", "__extension__" -> {
                    advance();
                    continue;
                }
                case "__attribute__", "__attribute" -> {
                    skipAttributes();
                    continue;
                }
                case "_Alignas" -> {
                    advance();
                    consume("(", "expected '(' after '_Alignas'");
                    alignas = isTypeName(peek()) ? typeName().align() : (int) constantExpression();
                    consume(")", "expected ')' after '_Alignas' argument");
                    continue;
                }
                case "_Atomic" -> {
                    advance();
                    if (check("(")) {
                        advance();
                        ty = typeName();
                        consume(")", "expected ')' after '_Atomic' type");
                        counter += OTHER;
                    }
                    isAtomic = true;
                    continue;
                }
                default -> { }
            }
            Type td = typedefType(t);
            if (td != null) {
                if (counter > 0) {
                    break; // a typedef name after a type specifier is the declarator's name
                }
                advance();
                ty = td;
                counter += OTHER;
                continue;
            }
            switch (s) {
                case "struct", "union" -> {
                    advance();
                    ty = structOrUnionSpecifier(s.equals("union"));
                    counter += OTHER;
                }
                case "enum" -> {
                    advance();
                    ty = enumSpecifier();
                    counter += OTHER;
                }
                case "typeof", "__typeof__", "__typeof" -> {
                    advance();
                    consume("(", "expected '(' after 'typeof'");
                    ty = isTypeName(peek()) ? typeName() : expressionForTypeof().type();
                    consume(")", "expected ')' after 'typeof' operand");
                    counter += OTHER;
                }
                case "__builtin_va_list" -> {
                    advance();
                    ty = Type.pointerTo(Type.VOID);
                    counter += OTHER;
                }
                case "_Complex", "__int128", "_Float128" -> {
                    advance();
                    error(t, "'" + s + "' is not supported by ThreadLab yet");
                }
                default -> {
                    advance();
                    switch (s) {
                        case "void" -> counter += VOID;
                        case "_Bool" -> counter += BOOL;
                        case "char" -> counter += CHAR;
                        case "short" -> counter += SHORT;
                        case "int" -> counter += INT;
                        case "long" -> counter += LONG;
                        case "float" -> counter += FLOAT;
                        case "double" -> counter += DOUBLE;
                        case "signed", "__signed__", "__signed" -> counter |= SIGNED;
                        case "unsigned" -> counter |= UNSIGNED;
                        default -> throw syntaxError(t, "unexpected '" + s + "' in declaration");
                    }
                    Type basic = basicType(counter);
                    if (basic == null) {
                        error(t, "invalid combination of type specifiers");
                        counter = INT;
                        basic = Type.INT;
                    }
                    ty = basic;
                }
            }
        }
        boolean implicitInt = counter == 0;
        if (implicitInt && sawStorage) {
            warning(first, "type defaults to 'int' in declaration");
        }
        if (isConst) {
            ty = ty.withConst();
        }
        if (isVolatile) {
            ty = ty.withVolatile();
        }
        if (isAtomic) {
            ty = ty.withAtomic();
        }
        return new DeclSpec(ty, isTypedef, isStatic, isExtern, isInline, alignas, implicitInt, isNoreturn);
    }

    /** Parses an expression for {@code typeof(expr)}. */
    abstract Expr expressionForTypeof();

    private static Type basicType(int c) {
        return switch (c) {
            case VOID -> Type.VOID;
            case BOOL -> Type.BOOL;
            case CHAR, SIGNED + CHAR -> Type.CHAR;
            case UNSIGNED + CHAR -> Type.UCHAR;
            case SHORT, SHORT + INT, SIGNED + SHORT, SIGNED + SHORT + INT -> Type.SHORT;
            case UNSIGNED + SHORT, UNSIGNED + SHORT + INT -> Type.USHORT;
            case INT, SIGNED, SIGNED + INT -> Type.INT;
            case UNSIGNED, UNSIGNED + INT -> Type.UINT;
            case LONG, LONG + INT, SIGNED + LONG, SIGNED + LONG + INT -> Type.LONG;
            case LONG + LONG, LONG + LONG + INT, SIGNED + LONG + LONG, SIGNED + LONG + LONG + INT -> Type.LLONG;
            case UNSIGNED + LONG, UNSIGNED + LONG + INT -> Type.ULONG;
            case UNSIGNED + LONG + LONG, UNSIGNED + LONG + LONG + INT -> Type.ULLONG;
            case FLOAT -> Type.FLOAT;
            case DOUBLE, LONG + DOUBLE -> Type.DOUBLE;
            case SIGNED + UNSIGNED, SIGNED + UNSIGNED + INT -> null;
            default -> c == SIGNED || c == UNSIGNED ? (c == SIGNED ? Type.INT : Type.UINT) : null;
        };
    }

    /** declarator: pointers, then a name or a parenthesised declarator, then array/function suffixes. */
    @Override
    Declarator declarator(Type base, boolean abstractAllowed) {
        enter("declarators nest too deeply");
        try {
            base = pointers(base);
            if (check("(") && isNestedDeclarator()) {
                advance();
                Declarator inner = declarator(placeholder, abstractAllowed);
                consume(")", "expected ')' to close the declarator");
                Type outer = typeSuffix(base);
                return new Declarator(inner.name(), substitute(inner.type(), outer, inner.pos()), inner.pos());
            }
            Token name = null;
            SourcePos pos = posOf(peek());
            if (isIdentifier(peek())) {
                name = advance();
            } else if (!abstractAllowed) {
                throw syntaxError(peek(), "expected an identifier in the declaration, not '" + peek() + "'");
            }
            skipAttributes();
            Type t = typeSuffix(base);
            skipAttributes();
            return new Declarator(name, t, pos);
        } finally {
            leave();
        }
    }

    private boolean isNestedDeclarator() {
        Token next = peek(1);
        if (next.is(")") || isTypeName(next) && !next.is("__attribute__")) {
            return false;
        }
        return next.is("*") || next.is("(") || next.is("[") || next.is("^") || next.is("__attribute__")
                || isIdentifier(next);
    }

    private Type pointers(Type t) {
        while (match("*")) {
            t = Type.pointerTo(t);
            while (true) {
                if (match("const") || match("__const")) {
                    t = t.withConst();
                } else if (match("volatile") || match("__volatile__")) {
                    t = t.withVolatile();
                } else if (match("restrict") || match("__restrict") || match("__restrict__")) {
                    continue;
                } else if (match("_Atomic")) {
                    t = t.withAtomic();
                } else if (check("__attribute__")) {
                    skipAttributes();
                } else {
                    break;
                }
            }
        }
        return t;
    }

    /** Rebuilds {@code t} (built around the placeholder) with {@code outer} in place of the placeholder. */
    private Type substitute(Type t, Type outer, SourcePos pos) {
        if (t == placeholder) {
            return outer;
        }
        return switch (t.kind()) {
            case PTR -> qualify(Type.pointerTo(substitute(t.base(), outer, pos)), t);
            case ARRAY -> checkedArray(substitute(t.base(), outer, pos), t.arrayLength(), pos);
            case VLA -> Type.vlaOf(substitute(t.base(), outer, pos), t.vlaLength());
            case FUNC -> checkedFunction(substitute(t.returnType(), outer, pos), t, pos);
            default -> t;
        };
    }

    private static Type qualify(Type t, Type like) {
        t = t.withQualifiersOf(like);
        return like.isAtomic() ? t.withAtomic() : t;
    }

    private Type checkedArray(Type elem, long length, SourcePos pos) {
        if (elem.isFunction()) {
            error(pos, 1, "declaration of an array of functions is not allowed");
            return Type.arrayOf(Type.INT, length);
        }
        if (!elem.isComplete() && elem != placeholder) {
            error(pos, 1, "array has incomplete element type '" + elem + "'");
            return Type.arrayOf(Type.INT, length);
        }
        return Type.arrayOf(elem, length);
    }

    private Type checkedFunction(Type ret, Type f, SourcePos pos) {
        if (ret.isFunction() || ret.kind() == Type.Kind.ARRAY) {
            error(pos, 1, ret.isFunction() ? "a function cannot return a function" : "a function cannot return an array");
            ret = Type.INT;
        }
        return Type.function(ret, f.params(), f.isVariadic(), f.isPrototyped());
    }

    /** Array and function suffixes after a declarator's name. */
    private Type typeSuffix(Type t) {
        if (check("(")) {
            SourcePos pos = posOf(advance());
            return checkedFunction(t, functionParameters(t), pos);
        }
        if (check("[")) {
            SourcePos pos = posOf(advance());
            while (match("static") || match("const") || match("restrict") || match("__restrict") || match("volatile")) {
                // qualifiers in parameter array declarators are accepted and ignored
            }
            if (match("]")) {
                return checkedArray(typeSuffix(t), -1, pos);
            }
            if (check("*") && peek(1).is("]")) {
                advance();
                advance();
                return checkedArray(typeSuffix(t), -1, pos);
            }
            Token lenTok = peek();
            Expr len = conditional();
            consume("]", "expected ']' after the array size");
            Type elem = typeSuffix(t);
            Long n = tryConstant(len);
            if (n == null) {
                if (!len.type().isInteger()) {
                    error(lenTok, "size of array has non-integer type '" + len.type() + "'");
                    return checkedArray(elem, 1, pos);
                }
                if (atFileScope()) {
                    error(lenTok, "variable length array declared at file scope; its size must be a constant");
                    return checkedArray(elem, 1, pos);
                }
                return Type.vlaOf(elem, new Expr.Cast(len, Type.LONG, len.pos()));
            }
            if (n < 0) {
                error(lenTok, "size of array is negative");
                n = 1L;
            }
            return checkedArray(elem, n, pos);
        }
        return t;
    }

    /** parameter-type-list after '(' up to and including ')'. */
    private Type functionParameters(Type ret) {
        if (check("void") && peek(1).is(")")) {
            advance();
            advance();
            return Type.function(ret, List.of(), false, true);
        }
        if (match(")")) {
            return Type.function(ret, List.of(), false, false);
        }
        if (isIdentifier(peek()) && !isTypeName(peek()) && (peek(1).is(",") || peek(1).is(")"))) {
            return identifierList(ret);
        }
        List<Param> params = new ArrayList<>();
        List<Variable> variables = new ArrayList<>();
        boolean variadic = false;
        enterScope(); // the prototype scope: later parameters and VLA sizes see earlier ones
        try {
            parameterList(params, variables);
        } finally {
            leaveScope();
        }
        variadic = !params.isEmpty() && params.get(params.size() - 1) == VARIADIC;
        if (variadic) {
            params.remove(params.size() - 1);
        }
        consume(")", "expected ')' after the parameters");
        Type f = Type.function(ret, params, variadic, true);
        parameterVariables.put(f.params(), variables);
        return f;
    }

    private static final Param VARIADIC = new Param("...", Type.VOID, null);

    /**
     * An old-style (K&R) identifier list {@code f(a, b)}: a function type without a prototype
     * whose parameters are named and int until the definition's declaration list says otherwise.
     */
    private Type identifierList(Type ret) {
        List<Param> params = new ArrayList<>();
        do {
            Token name = expectIdentifier("expected a parameter name, not '" + peek() + "'");
            for (Param p : params) {
                if (p.name().equals(name.text())) {
                    error(name, "duplicate parameter '" + name.text() + "'");
                }
            }
            params.add(new Param(name.text(), Type.INT, posOf(name)));
        } while (match(","));
        consume(")", "expected ')' after the parameter names");
        return Type.function(ret, params, false, false);
    }

    private void parameterList(List<Param> params, List<Variable> variables) {
        while (true) {
            if (match("...")) {
                params.add(VARIADIC);
                return;
            }
            Token start = peek();
            if (!isTypeName(start)) {
                throw syntaxError(start, "expected a parameter type, not '" + start + "'");
            }
            DeclSpec spec = declarationSpecifiers();
            Declarator d = declarator(spec.type(), true);
            Type pt = adjustParameter(d.type());
            if (pt.isVoid()) {
                error(start, "'void' must be the only parameter");
            }
            SourcePos pos = d.name() != null ? posOf(d.name()) : posOf(start);
            params.add(new Param(d.nameText(), pt, pos));
            Variable v = new Variable(d.nameText() == null ? "" : d.nameText(), d.nameText() == null ? "" : d.nameText(),
                    pt, Variable.Kind.PARAM, pos, variables.size());
            variables.add(v);
            if (d.name() != null) {
                innermost().ordinary.put(d.nameText(), v);
            }
            if (!match(",")) {
                return;
            }
        }
    }

    /** Parameter adjustment (6.7.6.3p7-8): arrays become pointers, functions pointers to functions. */
    static Type adjustParameter(Type t) {
        if (t.isArray()) {
            return Type.pointerTo(t.base()).withQualifiersOf(t);
        }
        if (t.isFunction()) {
            return Type.pointerTo(t);
        }
        return t;
    }

    /** type-name: specifiers and an abstract declarator, as in casts and sizeof. */
    Type typeName() {
        Token start = peek();
        DeclSpec spec = declarationSpecifiers();
        if (spec.isTypedef() || spec.isStatic() || spec.isExtern()) {
            error(start, "storage class in a type name");
        }
        Declarator d = declarator(spec.type(), true);
        if (d.name() != null) {
            error(d.name(), "unexpected name '" + d.name().text() + "' in a type name");
        }
        return d.type();
    }

}
