package org.threadlab.cc.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.type.Type;
import org.threadlab.vm.code.Global;
import org.threadlab.vm.code.Op;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.code.ProgramBuilder;
import org.threadlab.vm.code.Relocation;

/**
 * Typed AST to VM {@link Program}: defines the globals (data images with their relocations), then
 * generates each defined function with a {@link FunctionGenerator}. Symbols: a global's link name,
 * a string literal (interned, STRING_ADDR; wide literals become read-only globals), a function
 * defined here (its index) or only declared (a library builtin, resolved by name by the VM's
 * registry). An extern global defined nowhere is a link-time style error at its first use. A
 * bug in code generation becomes the diagnostic "internal compiler error: ..." at the closest
 * source position, never an exception.
 */
public final class CodeGenerator {
    private final ProgramBuilder pb = new ProgramBuilder();
    private final Diagnostics diags;
    private final TranslationUnit tu;
    private final Map<String, Variable> definedGlobals = new LinkedHashMap<>();
    private final Map<String, Variable> strings = new LinkedHashMap<>();
    private final Map<String, Function> definedFunctions = new LinkedHashMap<>();
    private final TreeSet<String> reportedUndefined = new TreeSet<>();
    private final Predicate<String> library;

    private final SourceFile source;

    private CodeGenerator(TranslationUnit tu, Diagnostics diags, Predicate<String> library, SourceFile source) {
        this.source = source;
        this.tu = tu;
        this.diags = diags;
        this.library = library;
    }

    /** The program for {@code tu}, or null when an error was reported to {@code diags}. */
    public static Program generate(TranslationUnit tu, Diagnostics diags) {
        return generate(tu, diags, name -> true);
    }

    /**
     * As {@link #generate(TranslationUnit, Diagnostics)}, reporting "undefined reference to 'f'"
     * at the first use of a function that is neither defined here nor provided by the library
     * ({@code library.test(name)} false).
     */
    public static Program generate(TranslationUnit tu, Diagnostics diags, Predicate<String> library) {
        return new CodeGenerator(tu, diags, library, null).run();
    }

    /** As above; {@code source} gives the position of "undefined reference to 'main'" in an empty file. */
    public static Program generate(TranslationUnit tu, Diagnostics diags, Predicate<String> library, SourceFile source) {
        return new CodeGenerator(tu, diags, library, source).run();
    }

    /** The builtin-table index of library function {@code name}; reports it when no library provides it. */
    int libraryFunction(String name, SourcePos use) {
        if (!library.test(name)) {
            undefinedReference(name, use);
        }
        return pb.builtin(name);
    }

    ProgramBuilder builder() {
        return pb;
    }

    boolean isDefinedFunction(String name) {
        return definedFunctions.containsKey(name);
    }

    /** The definition of {@code name}, or null. */
    Function definedFunction(String name) {
        return definedFunctions.get(name);
    }

    private Program run() {
        for (Function f : tu.functions()) {
            if (f.isDefined() && f.body() != null) {
                definedFunctions.putIfAbsent(f.name(), f);
            }
        }
        for (Variable v : tu.stringLiterals()) {
            strings.put(v.linkName(), v);
        }
        for (Variable v : tu.globals()) {
            if (v.isDefined()) {
                definedGlobals.putIfAbsent(v.linkName(), v);
            }
        }
        for (String name : definedFunctions.keySet()) {
            pb.function(name);
        }
        for (Variable v : List.copyOf(definedGlobals.values())) { // resolving may define library data
            defineGlobal(v);
        }
        for (Function f : definedFunctions.values()) {
            FunctionGenerator gen = null;
            try {
                gen = new FunctionGenerator(this, f);
                pb.define(gen.generate());
            } catch (CompileError e) {
                throw e;
            } catch (Emitter.LimitError e) {
                diags.error(closest(gen, f), 1, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                String message = e instanceof Emitter.GenError ? e.getMessage() : String.valueOf(e);
                internalError(closest(gen, f), message);
            }
        }
        if (!definedFunctions.containsKey("main")) {
            SourcePos at = source != null ? source.pos(0) : !tu.functions().isEmpty() ? tu.functions().get(0).pos()
                    : !tu.globals().isEmpty() ? tu.globals().get(0).pos() : null;
            if (at != null) {
                diags.error(at, 1, "undefined reference to 'main'");
            }
        }
        if (diags.hasErrors()) {
            return null;
        }
        try {
            return pb.build();
        } catch (RuntimeException e) {
            Function main = definedFunctions.get("main");
            internalError(main != null ? main.pos() : null, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static SourcePos closest(FunctionGenerator gen, Function f) {
        return gen != null && gen.lastPos != null ? gen.lastPos : f.pos();
    }

    private void internalError(SourcePos pos, String message) {
        diags.error(pos, 1, "internal compiler error: " + message);
    }

    private void defineGlobal(Variable v) {
        Type t = v.type();
        byte[] data = v.data() == null ? new byte[0] : v.data();
        long size = t.size() > 0 ? t.size() : t.isArray() && t.base() != null ? Math.max(t.base().size(), 1) : 1;
        size = Math.max(size, data.length);
        if (size > Integer.MAX_VALUE) {
            diags.error(v.pos(), 1, "the global '" + v.name() + "' is too large");
            return;
        }
        boolean readOnly = t.isConst() || (t.isArray() && t.base() != null && t.base().isConst());
        List<Relocation> relocs = new ArrayList<>();
        for (org.threadlab.cc.ast.Relocation r : v.relocations()) {
            Relocation resolved = resolve(r, v.pos());
            if (resolved != null) {
                relocs.add(resolved);
            }
        }
        pb.define(new Global(v.linkName(), (int) size, data, readOnly && relocs.isEmpty(), relocs));
    }

    private Relocation resolve(org.threadlab.cc.ast.Relocation r, SourcePos pos) {
        String name = r.target();
        int off = (int) r.offset();
        if (definedGlobals.containsKey(name)) {
            return new Relocation(off, Relocation.Target.GLOBAL, pb.global(name), r.addend());
        }
        if (strings.containsKey(name)) {
            Variable s = strings.get(name);
            if (isNarrowString(s)) {
                return new Relocation(off, Relocation.Target.STRING, pb.string(stringBytes(s)), r.addend());
            }
            return new Relocation(off, Relocation.Target.GLOBAL, wideString(s), r.addend());
        }
        if (definedFunctions.containsKey(name)) {
            return new Relocation(off, Relocation.Target.FUNCTION, pb.function(name), r.addend());
        }
        if (tu.function(name) != null) {
            return new Relocation(off, Relocation.Target.BUILTIN, libraryFunction(name, pos), r.addend());
        }
        if (defineLibraryDatum(name)) {
            return new Relocation(off, Relocation.Target.GLOBAL, pb.global(name), r.addend());
        }
        undefinedReference(name, pos);
        return null;
    }

    /**
     * Defines the library's data that programs declare themselves and no header defines:
     * {@code extern char **environ;} is an empty environment (a lone NULL), as the runs have no
     * environment variables. False for any other name.
     */
    private boolean defineLibraryDatum(String name) {
        Variable declared = tu.global(name);
        if (!name.equals("environ") || declared == null || !declared.type().isPointer()) {
            return false;
        }
        String empty = "__threadlab_empty_environ";
        pb.define(new Global(empty, 8, new byte[8], true, List.of()));
        pb.define(new Global(name, 8, new byte[8], false,
                List.of(new Relocation(0, Relocation.Target.GLOBAL, pb.global(empty), 0))));
        definedGlobals.put(name, declared);
        return true;
    }

    private void undefinedReference(String name, SourcePos pos) {
        if (reportedUndefined.add(name)) {
            Variable g = tu.global(name);
            String shown = g != null ? g.name() : name;
            diags.error(pos, 1, "undefined reference to '" + shown + "'");
        }
    }

    private static boolean isNarrowString(Variable s) {
        return s.type().isArray() && s.type().base() != null && s.type().base().size() == 1;
    }

    private static byte[] stringBytes(Variable s) {
        byte[] data = s.data() == null ? new byte[0] : s.data();
        long size = Math.max(s.type().size(), data.length);
        byte[] full = Arrays.copyOf(data, (int) size);
        if (full.length > 0 && full[full.length - 1] == 0) {
            return Arrays.copyOf(full, full.length - 1);
        }
        return full;
    }

    private int wideString(Variable s) {
        String name = s.linkName();
        int i = pb.global(name);
        if (!definedGlobals.containsKey(name)) {
            definedGlobals.put(name, s);
            byte[] data = s.data() == null ? new byte[0] : s.data();
            pb.define(new Global(name, (int) Math.max(Math.max(s.type().size(), data.length), 1), data, true,
                    List.of()));
        }
        return i;
    }

    /** Pushes the address of global (or string literal) {@code v}; reports it when defined nowhere. */
    void globalAddress(Code fb, Variable v, SourcePos use) {
        String name = v.linkName();
        if (strings.containsKey(name)) {
            Variable s = strings.get(name);
            if (isNarrowString(s)) {
                fb.op(Op.STRING_ADDR, pb.string(stringBytes(s)));
            } else {
                fb.op(Op.GLOBAL_ADDR, wideString(s));
            }
            return;
        }
        if (definedGlobals.containsKey(name) || defineLibraryDatum(name)) {
            fb.op(Op.GLOBAL_ADDR, pb.global(name));
            return;
        }
        undefinedReference(name, use);
        fb.op(Op.CONST, 0);
    }

    /** Pushes the address of function {@code name}: its code address, or its library builtin's. */
    void functionAddress(Code fb, String name, SourcePos use) {
        if (definedFunctions.containsKey(name)) {
            fb.op(Op.FUNC_ADDR, pb.function(name));
        } else {
            fb.op(Op.BUILTIN_ADDR, libraryFunction(name, use));
        }
    }
}
