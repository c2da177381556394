package org.threadlab.explore.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.threadlab.cc.CompileError;
import org.threadlab.cc.Compiler;
import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.pp.IncludeResolver;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.vm.code.Program;

/**
 * Compiles lab-defined invariants, C expressions over the program's globals, into the program.
 *
 * <p>How: the program is compiled as it is first (its own diagnostics, as any compile reports
 * them). Then each expression becomes a function at the end of the first source file, so it
 * sees that file's globals, statics and macros:
 *
 * <pre>
 * int __threadlab_invariant_1(void) { if (
 * #include "threadlab-invariant-1"
 * ) return 1; return 0; }
 * </pre>
 *
 * The include resolves to a file named {@code invariant} (or {@code invariant2}, ... when there
 * are several) that holds the expression alone, so a mistake in it is reported as
 * {@code invariant:1:7: error: ...} with the expression and a caret under the mistake. An error
 * the wrapper's own tokens meet (an unfinished expression) points at the expression's end. Of the
 * second compile only the diagnostics about the expressions are kept.
 */
public final class InvariantCompiler {
    static final String FUNCTION_PREFIX = "__threadlab_invariant_";
    private static final String INCLUDE_PREFIX = "threadlab-invariant-";

    /** The program with its invariants' functions, and the invariants in the order given. */
    public record Compiled(Program program, List<Invariant> invariants) {
    }

    private InvariantCompiler() {
    }

    /**
     * Compiles {@code files} with {@code expressions} as invariants. Diagnostics go to
     * {@code diags}; throws {@link CompileError} when the program or an expression has errors.
     */
    public static Compiled compile(List<SourceFile> files, PreprocessorConfig config, List<String> expressions,
                                   Diagnostics diags, Predicate<String> library) {
        Program plain = Compiler.compile(files, config, diags, library);
        if (expressions.isEmpty()) {
            return new Compiled(plain, List.of());
        }
        SourceFile first = files.get(0);
        StringBuilder text = new StringBuilder(first.text());
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        Map<String, SourceFile> included = new LinkedHashMap<>();
        List<SourceFile> expressionFiles = new ArrayList<>();
        int[] wrapperLine = new int[expressions.size()];
        for (int k = 0; k < expressions.size(); k++) {
            String name = expressions.size() == 1 ? "invariant" : "invariant" + (k + 1);
            SourceFile file = new SourceFile(name, expressions.get(k));
            expressionFiles.add(file);
            included.put(INCLUDE_PREFIX + (k + 1), file);
            wrapperLine[k] = lines(text) + 1;
            text.append("int ").append(FUNCTION_PREFIX).append(k + 1).append("(void) { if (\n#include \"")
                    .append(INCLUDE_PREFIX).append(k + 1).append("\"\n) return 1; return 0; }\n");
        }
        SourceFile extended = new SourceFile(first.name(), text.toString());
        IncludeResolver base = config.resolver();
        IncludeResolver resolver = (name, angled, includer) -> !angled && included.containsKey(name)
                ? Optional.of(included.get(name)) : base.resolve(name, angled, includer);
        List<SourceFile> all = new ArrayList<>(files);
        all.set(0, extended);
        Diagnostics inner = new Diagnostics();
        Program program = null;
        try {
            program = Compiler.compile(all, config.withIncludeResolver(resolver), inner, library);
        } catch (CompileError e) {
            // the diagnostics about the expressions are copied below
        }
        for (Diagnostic d : inner.messages()) {
            Diagnostic mapped = aboutExpressions(d, extended, wrapperLine, expressionFiles);
            if (mapped != null) {
                diags.add(mapped);
            }
        }
        if (program == null || diags.hasErrors()) {
            if (!diags.hasErrors()) {
                diags.error(expressionFiles.get(0).pos(0), 1, "internal compiler error: the invariants did not compile");
            }
            throw new CompileError(diags);
        }
        List<Invariant> invariants = new ArrayList<>();
        for (int k = 0; k < expressions.size(); k++) {
            invariants.add(new Invariant(expressions.get(k), expressionFiles.get(k).name(),
                    program.functionIndex(FUNCTION_PREFIX + (k + 1))));
        }
        return new Compiled(program, invariants);
    }

    /**
     * {@code d} as the student should see it: as it is when it is about an expression, moved to
     * the expression's end when it is an error in the wrapper around it, null when it is about the
     * program (the first compile reported those).
     */
    private static Diagnostic aboutExpressions(Diagnostic d, SourceFile extended, int[] wrapperLine,
                                               List<SourceFile> expressionFiles) {
        if (expressionFiles.contains(d.pos().file())) {
            return d;
        }
        if (d.pos().file() != extended || d.pos().line() < wrapperLine[0] || !d.isError()) {
            return null;
        }
        int k = 0;
        while (k + 1 < wrapperLine.length && wrapperLine[k + 1] <= d.pos().line()) {
            k++;
        }
        SourceFile expression = expressionFiles.get(k);
        return Diagnostic.error(expression.pos(expression.text().length()), 1, d.message());
    }

    private static int lines(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
