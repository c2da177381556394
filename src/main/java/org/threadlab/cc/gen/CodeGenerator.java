package org.threadlab.cc.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.threadlab.cc.CompileError;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.link.Symbol;
import org.threadlab.cc.link.SymbolTable;
import org.threadlab.cc.link.Unit;
import org.threadlab.cc.type.Type;
import org.threadlab.vm.code.Global;
import org.threadlab.vm.code.Op;
import org.threadlab.vm.code.Program;
import org.threadlab.vm.code.ProgramBuilder;
import org.threadlab.vm.code.Relocation;

/**
 * Typed ASTs to one VM {@link Program}: defines the globals (data images with their relocations),
 * then generates each defined function with a {@link FunctionGenerator}. One CodeGenerator serves
 * one translation unit; several share a {@link ProgramBuilder} when a program is linked from
 * several units, and every name is resolved through the {@link SymbolTable} (so a unit's
 * {@code static} names stay its own and an external name means the one definition in the
 * program). Symbols: a global's program name, a string literal (interned, STRING_ADDR; wide
 * literals become read-only globals), a function defined in the program (its index) or only
 * declared (a library builtin, resolved by name by the VM's registry). An extern global defined
 * nowhere is a link-time style error at its first use. A bug in code generation becomes the
 * diagnostic "internal compiler error: ..." at the closest source position, never an exception.
 */
public final class CodeGenerator {
    private final ProgramBuilder pb;
    private final Diagnostics diags;
    private final SymbolTable symbols;
    private final int unit;
    private final TranslationUnit tu;
    private final Map<String, Variable> strings = new LinkedHashMap<>();
    /** Shared by the units of one program: names already reported undefined, wide literals already defined. */
    private final Set<String> reportedUndefined;
    private final Set<String> wideStrings;
    private final Predicate<String> library;

    private CodeGenerator(SymbolTable symbols, int unit, ProgramBuilder pb, Diagnostics diags, Predicate<String> library,
                          Set<String> reportedUndefined, Set<String> wideStrings) {
        this.symbols = symbols;
        this.unit = unit;
        this.tu = symbols.units().get(unit).tu();
        this.pb = pb;
        this.diags = diags;
        this.library = library;
        this.reportedUndefined = reportedUndefined;
        this.wideStrings = wideStrings;
        for (Variable v : tu.stringLiterals()) {
            strings.put(v.linkName(), v);
        }
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
        return generate(tu, diags, library, null);
    }

    /** As above; {@code source} gives the position of "undefined reference to 'main'" in an empty file. */
    public static Program generate(TranslationUnit tu, Diagnostics diags, Predicate<String> library, SourceFile source) {
        return generate(SymbolTable.link(List.of(new Unit(source, tu)), diags), diags, library);
    }

    /**
     * The program linked from every unit of {@code symbols}, or null when an error was reported to
     * {@code diags} (including one the linker reported while building {@code symbols}). Functions
     * and globals are laid out in unit order, each unit's in declaration order.
     */
    public static Program generate(SymbolTable symbols, Diagnostics diags, Predicate<String> library) {
        ProgramBuilder pb = new ProgramBuilder();
        Set<String> reported = new TreeSet<>();
        Set<String> wide = new TreeSet<>();
        List<CodeGenerator> units = new ArrayList<>();
        for (int i = 0; i < symbols.units().size(); i++) {
            units.add(new CodeGenerator(symbols, i, pb, diags, library, reported, wide));
        }
        for (CodeGenerator g : units) {
            g.declareFunctions();
        }
        for (CodeGenerator g : units) {
            g.defineGlobals();
        }
        for (CodeGenerator g : units) {
            g.generateFunctions();
        }
        if (!symbols.definesMain()) {
            reportMissingMain(symbols, diags);
        }
        if (diags.hasErrors()) {
            return null;
        }
        try {
            return pb.build();
        } catch (RuntimeException e) {
            SourcePos at = null;
            for (int i = 0; i < symbols.units().size() && at == null; i++) {
                Symbol main = symbols.function(i, "main");
                at = main != null ? main.function().pos() : null;
            }
            diags.error(at, 1, "internal compiler error: " + e.getMessage());
            return null;
        }
    }

    private static void reportMissingMain(SymbolTable symbols, Diagnostics diags) {
        Unit first = symbols.units().get(0);
        TranslationUnit tu = first.tu();
        SourcePos at = first.source() != null ? first.source().pos(0) : !tu.functions().isEmpty() ? tu.functions().get(0).pos()
                : !tu.globals().isEmpty() ? tu.globals().get(0).pos() : null;
        if (at == null) {
            return;
        }
        if (symbols.units().size() == 1) {
            diags.error(at, 1, "undefined reference to 'main'");
            return;
        }
        List<String> files = new ArrayList<>();
        for (Unit u : symbols.units()) {
            files.add(u.source() != null ? u.source().name() : "?");
        }
        diags.error(at, 1, "undefined reference to 'main': none of the files " + String.join(", ", files)
                + " defines it; define 'int main(void)' in one of them");
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

    /** True when {@code name}, as this unit sees it, is a function defined in the program. */
    boolean isDefinedFunction(String name) {
        return symbols.function(unit, name) != null;
    }

    /** The definition of {@code name} as this unit sees it (maybe in another unit), or null. */
    Function definedFunction(String name) {
        Symbol s = symbols.function(unit, name);
        return s == null ? null : s.function();
    }

    /** The function index of {@code name}, which must be a defined function ({@link #isDefinedFunction}). */
    int functionIndex(String name) {
        return pb.function(symbols.function(unit, name).name());
    }

    /** The program name of function {@code name} defined in this unit (its C name unless it is a clashing static). */
    String functionSymbol(String name) {
        Symbol s = symbols.function(unit, name);
        return s == null ? name : s.name();
    }

    private void declareFunctions() {
        for (Symbol s : symbols.functionsDefinedIn(unit)) {
            pb.function(s.name());
        }
    }

    private void defineGlobals() {
        for (Symbol s : symbols.globalsDefinedIn(unit)) {
            defineGlobal(s.variable(), s.name());
        }
    }

    private void generateFunctions() {
        for (Symbol s : symbols.functionsDefinedIn(unit)) {
            Function f = s.function();
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
    }

    private static SourcePos closest(FunctionGenerator gen, Function f) {
        return gen != null && gen.lastPos != null ? gen.lastPos : f.pos();
    }

    private void internalError(SourcePos pos, String message) {
        diags.error(pos, 1, "internal compiler error: " + message);
    }

    private void defineGlobal(Variable v, String name) {
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
        pb.define(new Global(name, (int) size, data, readOnly && relocs.isEmpty(), relocs));
    }

    private Relocation resolve(org.threadlab.cc.ast.Relocation r, SourcePos pos) {
        String name = r.target();
        int off = (int) r.offset();
        if (strings.containsKey(name)) {
            Variable s = strings.get(name);
            if (isNarrowString(s)) {
                return new Relocation(off, Relocation.Target.STRING, pb.string(stringBytes(s)), r.addend());
            }
            return new Relocation(off, Relocation.Target.GLOBAL, wideString(s), r.addend());
        }
        Symbol global = symbols.global(unit, name);
        if (global != null) {
            return new Relocation(off, Relocation.Target.GLOBAL, pb.global(global.name()), r.addend());
        }
        if (isDefinedFunction(name)) {
            return new Relocation(off, Relocation.Target.FUNCTION, functionIndex(name), r.addend());
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
     * environment variables. False for any other name. Defined once per program, whichever unit
     * uses it first.
     */
    private boolean defineLibraryDatum(String name) {
        Variable declared = tu.global(name);
        if (!name.equals("environ") || declared == null || !declared.type().isPointer()) {
            return false;
        }
        if (!pb.isDefined(name)) {
            String empty = "__threadlab_empty_environ";
            pb.define(new Global(empty, 8, new byte[8], true, List.of()));
            pb.define(new Global(name, 8, new byte[8], false,
                    List.of(new Relocation(0, Relocation.Target.GLOBAL, pb.global(empty), 0))));
        }
        return true;
    }

    private void undefinedReference(String name, SourcePos pos) {
        if (!reportedUndefined.add(name)) {
            return;
        }
        Variable g = tu.global(name);
        String shown = g != null ? g.name() : name;
        Symbol other = symbols.external(name);
        if (other != null) {
            SourcePos at = other.definitionPos();
            diags.error(pos, 1, "'" + shown + "' is used here as a " + (other.isFunction() ? "variable" : "function")
                    + " but " + at.file().name() + ":" + at.line() + " defines it as a "
                    + (other.isFunction() ? "function" : "variable"));
            return;
        }
        diags.error(pos, 1, "undefined reference to '" + shown + "'");
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
        String name = symbols.global(unit, s.linkName()).name();
        int i = pb.global(name);
        if (wideStrings.add(name)) {
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
        Symbol global = symbols.global(unit, name);
        if (global != null) {
            fb.op(Op.GLOBAL_ADDR, pb.global(global.name()));
            return;
        }
        if (defineLibraryDatum(name)) {
            fb.op(Op.GLOBAL_ADDR, pb.global(name));
            return;
        }
        undefinedReference(name, use);
        fb.op(Op.CONST, 0);
    }

    /** Pushes the address of function {@code name}: its code address, or its library builtin's. */
    void functionAddress(Code fb, String name, SourcePos use) {
        if (isDefinedFunction(name)) {
            fb.op(Op.FUNC_ADDR, functionIndex(name));
        } else {
            fb.op(Op.BUILTIN_ADDR, libraryFunction(name, use));
        }
    }
}
