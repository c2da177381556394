package org.threadlab.cc.ast;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.SourcePos;
import org.threadlab.cc.type.Type;

/**
 * A variable: a local, a parameter, or a global (which includes static locals, under a unique
 * {@link #linkName()} like {@code "counter.1"}, string literals {@code ".L.str.0"} and file-scope
 * compound literals). A local's {@link #isAddressTaken()} is true when {@code &} is applied to
 * it or it is an array, struct or union (it lives in memory); otherwise codegen may keep it in a
 * frame slot. A global's {@link #data()} is its initial bytes (zeros when it has no
 * initializer), with {@link #relocations()} for addresses inside them.
 */
public final class Variable {

    public enum Kind { LOCAL, PARAM, GLOBAL }

    private final String name;
    private final String linkName;
    private Type type;
    private final Kind kind;
    private final SourcePos pos;
    private final int id;
    private boolean isStatic;
    private boolean isExtern;
    private boolean defined;
    private SourcePos definitionPos;
    private boolean hasInitializer;
    private boolean addressTaken;
    private byte[] data;
    private final List<Relocation> relocations = new ArrayList<>();
    private List<InitItem> initializer;

    /** {@code id}: for locals and params, the index in {@link Function#locals()}; for globals, the order of creation. */
    public Variable(String name, String linkName, Type type, Kind kind, SourcePos pos, int id) {
        this.name = name;
        this.linkName = linkName;
        this.type = type;
        this.kind = kind;
        this.pos = pos;
        this.id = id;
        this.addressTaken = kind != Kind.GLOBAL && (type.isArray() || type.isStructOrUnion());
    }

    /** The name in the source ("" for unnamed objects). */
    public String name() {
        return name;
    }

    /** The unique symbol name of a global; for locals the same as {@link #name()}. */
    public String linkName() {
        return linkName;
    }

    public Type type() {
        return type;
    }

    /** Replaces the type (completing {@code int a[] = {...}} or a composite after redeclaration). */
    public void setType(Type type) {
        this.type = type;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isLocal() {
        return kind != Kind.GLOBAL;
    }

    public SourcePos pos() {
        return pos;
    }

    public int id() {
        return id;
    }

    /** Internal linkage (file-scope static, static local, string literal). */
    public boolean isStatic() {
        return isStatic;
    }

    public void setStatic(boolean isStatic) {
        this.isStatic = isStatic;
    }

    /** Declared extern and not defined in this translation unit (so far). */
    public boolean isExtern() {
        return isExtern;
    }

    public void setExtern(boolean isExtern) {
        this.isExtern = isExtern;
    }

    /** A global with storage in this translation unit (definition or tentative definition). */
    public boolean isDefined() {
        return defined;
    }

    public void setDefined(boolean defined) {
        this.defined = defined;
    }

    /**
     * Where a file-scope global's (tentative) definition names it, which may differ from
     * {@link #pos()} (its first declaration, e.g. an {@code extern} in a header); null when not set.
     */
    public SourcePos definitionPos() {
        return definitionPos;
    }

    public void setDefinitionPos(SourcePos definitionPos) {
        this.definitionPos = definitionPos;
    }

    public boolean hasInitializer() {
        return hasInitializer;
    }

    public void setHasInitializer(boolean hasInitializer) {
        this.hasInitializer = hasInitializer;
    }

    public boolean isAddressTaken() {
        return addressTaken;
    }

    public void markAddressTaken() {
        this.addressTaken = true;
    }

    /** Initial bytes of a global; null for locals and extern declarations. */
    public byte[] data() {
        return data;
    }

    public void setData(byte[] data) {
        this.data = data;
    }

    public List<Relocation> relocations() {
        return relocations;
    }

    /** The flattened initializer of a global, as parsed (also evaluated into {@link #data()}); null when none. */
    public List<InitItem> initializer() {
        return initializer;
    }

    public void setInitializer(List<InitItem> initializer) {
        this.initializer = initializer;
    }

    @Override
    public String toString() {
        return linkName;
    }
}
