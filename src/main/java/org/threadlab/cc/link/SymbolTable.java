package org.threadlab.cc.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.ast.Variable;

/**
 * The symbols of a program made of one or more translation units, and how each unit's names
 * resolve. A unit sees its own private symbols ({@code static} functions and globals, static
 * locals, string literals) first, then the program's external ones. Built by {@link #link}, which
 * reports each external name defined twice as ld does ("multiple definition of 'f'", at the second
 * definition, naming the first); two non-static {@code inline} definitions of one function (an
 * inline function in a shared header) are not an error, the first is kept. Everything is in unit
 * order, then declaration order, so the same sources always give the same program.
 */
public final class SymbolTable {
    private final List<Unit> units;
    private final Map<String, Symbol> externals = new LinkedHashMap<>();
    private final List<Map<String, Symbol>> privates = new ArrayList<>();
    /** Per unit, the functions it declares {@code static} (defined there or not). */
    private final List<Set<String>> staticFunctions = new ArrayList<>();

    private SymbolTable(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    /** A definition found in a unit, before its program name is chosen. */
    private record Found(int unit, Function function, Variable variable, boolean isPrivate) {
        String sourceName() {
            return function != null ? function.name() : variable.linkName();
        }
    }

    /** Resolves the names of {@code units} (at least one); a multiple definition is an error in {@code diags}. */
    public static SymbolTable link(List<Unit> units, Diagnostics diags) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a program needs at least one translation unit");
        }
        SymbolTable table = new SymbolTable(units);
        table.resolve(table.collect(diags));
        return table;
    }

    private List<Found> collect(Diagnostics diags) {
        List<Found> chosen = new ArrayList<>();
        Map<String, Found> external = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            TranslationUnit tu = units.get(i).tu();
            Set<String> own = new TreeSet<>();
            for (Function f : tu.functions()) {
                if (f.isDefined() && f.body() != null) {
                    add(new Found(i, f, null, f.isStatic()), own, external, chosen, diags);
                }
            }
            for (Variable s : tu.stringLiterals()) {
                add(new Found(i, null, s, true), own, external, chosen, diags);
            }
            for (Variable v : tu.globals()) {
                if (v.isDefined()) {
                    add(new Found(i, null, v, v.isStatic()), own, external, chosen, diags);
                }
            }
        }
        return chosen;
    }

    private void add(Found d, Set<String> own, Map<String, Found> external, List<Found> chosen, Diagnostics diags) {
        String name = d.sourceName();
        if (d.isPrivate()) {
            if (own.add(name)) {
                chosen.add(d);
            }
            return;
        }
        Found first = external.get(name);
        if (first == null) {
            external.put(name, d);
            chosen.add(d);
        } else if (first.unit() != d.unit() && !bothInline(first, d)) {
            multipleDefinition(d, first, diags);
        }
    }

    private static boolean bothInline(Found a, Found b) {
        return a.function() != null && b.function() != null && a.function().isInline() && b.function().isInline();
    }

    private static void multipleDefinition(Found second, Found first, Diagnostics diags) {
        SourcePos at = definitionPos(second);
        SourcePos was = definitionPos(first);
        String name = second.sourceName();
        String advice = second.function() != null && first.function() != null
                ? "keep one definition, or make each 'static' if they are meant to be separate functions"
                : "define it in one file and declare it 'extern' in the others";
        diags.error(at, Math.max(name.length(), 1), "multiple definition of '" + name + "' (first defined at "
                + was.file().name() + ":" + was.line() + "); " + advice);
    }

    private static SourcePos definitionPos(Found d) {
        return Symbol.positionOf(d.function(), d.variable());
    }

    /**
     * Gives each definition its program name: an external keeps its C name; a private one too,
     * unless another definition of the program has that name, then it becomes {@code name@file.c}
     * (with {@code #2}, {@code #3} when two units share a file name).
     */
    private void resolve(List<Found> chosen) {
        Map<String, Integer> uses = new TreeMap<>();
        Set<String> taken = new TreeSet<>();
        for (Found d : chosen) {
            uses.merge(d.sourceName(), 1, Integer::sum);
            if (!d.isPrivate()) {
                taken.add(d.sourceName());
            }
        }
        for (Unit u : units) {
            privates.add(new LinkedHashMap<>());
            Set<String> statics = new TreeSet<>();
            for (Function f : u.tu().functions()) {
                if (f.isStatic()) {
                    statics.add(f.name());
                }
            }
            staticFunctions.add(statics);
        }
        for (Found d : chosen) {
            String name = d.sourceName();
            if (d.isPrivate()) {
                if (uses.get(name) > 1) {
                    String base = name + "@" + fileName(units.get(d.unit()));
                    name = base;
                    for (int n = 2; taken.contains(name); n++) {
                        name = base + "#" + n;
                    }
                }
                taken.add(name);
            }
            Symbol s = new Symbol(name, d.unit(), d.function(), d.variable());
            (d.isPrivate() ? privates.get(d.unit()) : externals).put(d.sourceName(), s);
        }
    }

    private static String fileName(Unit unit) {
        String path = unit.source().name();
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    public List<Unit> units() {
        return units;
    }

    /**
     * The function {@code name} as unit {@code unit} sees it: its own static definition, else the
     * program's external one; null when there is none (a library function, or undefined). A
     * function the unit declares {@code static} never resolves to another unit's definition.
     */
    public Symbol function(int unit, String name) {
        Symbol own = privates.get(unit).get(name);
        if (own != null) {
            return own.isFunction() ? own : null;
        }
        if (staticFunctions.get(unit).contains(name)) {
            return null;
        }
        Symbol ext = externals.get(name);
        return ext != null && ext.isFunction() ? ext : null;
    }

    /**
     * The global with link name {@code linkName} (a string literal's too) as unit {@code unit}
     * sees it: its own private one, else the program's external definition; null when none.
     */
    public Symbol global(int unit, String linkName) {
        Symbol own = privates.get(unit).get(linkName);
        if (own != null) {
            return own.isFunction() ? null : own;
        }
        Symbol ext = externals.get(linkName);
        return ext != null && !ext.isFunction() ? ext : null;
    }

    /** The external definition named {@code name}, function or global, or null. */
    public Symbol external(String name) {
        return externals.get(name);
    }

    /** The functions unit {@code unit} defines for the program, in declaration order. */
    public List<Symbol> functionsDefinedIn(int unit) {
        List<Symbol> out = new ArrayList<>();
        for (Function f : units.get(unit).tu().functions()) {
            Symbol s = function(unit, f.name());
            if (s != null && s.function() == f) {
                out.add(s);
            }
        }
        return out;
    }

    /** The globals (not string literals) unit {@code unit} defines for the program, in declaration order. */
    public List<Symbol> globalsDefinedIn(int unit) {
        List<Symbol> out = new ArrayList<>();
        for (Variable v : units.get(unit).tu().globals()) {
            Symbol s = global(unit, v.linkName());
            if (s != null && s.variable() == v) {
                out.add(s);
            }
        }
        return out;
    }

    /** True when some unit defines {@code main}. */
    public boolean definesMain() {
        for (int i = 0; i < units.size(); i++) {
            if (function(i, "main") != null) {
                return true;
            }
        }
        return false;
    }
}
