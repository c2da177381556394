package org.threadlab.cc.ast;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.SourcePos;
import org.threadlab.cc.type.Type;

/**
 * A function: declared (prototype or implicit declaration) or defined. A definition has its
 * parameters (also the first entries of {@link #locals()}), every local of every block
 * (including hidden ones: VLA lengths, compound literals), and its body. Static locals are
 * globals in the {@link TranslationUnit}, not locals. An old-style (K&R) definition,
 * {@code int f(a, c) char c; {...}}, has a type without a prototype but with its parameters
 * ({@link #isOldStyle()}): callers pass default-promoted arguments, so codegen converts each
 * argument from its promoted type to the parameter's type on entry.
 */
public final class Function {
    private final String name;
    private Type type;
    private final SourcePos pos;
    private boolean isStatic;
    private boolean isInline;
    private boolean implicit;
    private boolean noreturn;
    private boolean defined;
    private SourcePos definitionPos;
    private final List<Variable> params = new ArrayList<>();
    private final List<Variable> locals = new ArrayList<>();
    private Stmt.Block body;

    public Function(String name, Type type, SourcePos pos) {
        this.name = name;
        this.type = type;
        this.pos = pos;
    }

    public String name() {
        return name;
    }

    /** The function type (return type, parameters, variadic, prototyped). */
    public Type type() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public SourcePos pos() {
        return pos;
    }

    public boolean isStatic() {
        return isStatic;
    }

    public void setStatic(boolean isStatic) {
        this.isStatic = isStatic;
    }

    public boolean isInline() {
        return isInline;
    }

    public void setInline(boolean isInline) {
        this.isInline = isInline;
    }

    /** Declared {@code _Noreturn}: a call to it never returns. */
    public boolean isNoreturn() {
        return noreturn;
    }

    public void setNoreturn(boolean noreturn) {
        this.noreturn = noreturn;
    }

    /** Declared implicitly by a call to an undeclared name ({@code int name()}). */
    public boolean isImplicit() {
        return implicit;
    }

    public void setImplicit(boolean implicit) {
        this.implicit = implicit;
    }

    /** A K&R definition: parameters without a prototype (see the class comment). */
    public boolean isOldStyle() {
        return !type.isPrototyped() && !type.params().isEmpty();
    }

    public boolean isDefined() {
        return defined;
    }

    public void setDefined(boolean defined) {
        this.defined = defined;
    }

    /** Where the definition names the function (the linker's "multiple definition" points here); null when only declared. */
    public SourcePos definitionPos() {
        return definitionPos;
    }

    public void setDefinitionPos(SourcePos definitionPos) {
        this.definitionPos = definitionPos;
    }

    public List<Variable> params() {
        return params;
    }

    /** Every local and parameter, indexed by {@link Variable#id()}. */
    public List<Variable> locals() {
        return locals;
    }

    public Stmt.Block body() {
        return body;
    }

    public void setBody(Stmt.Block body) {
        this.body = body;
    }

    @Override
    public String toString() {
        return name;
    }
}
