package org.threadlab.cc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.check.ConcurrencyWarnings;
import org.threadlab.cc.gen.CodeGenerator;
import org.threadlab.cc.link.SymbolTable;
import org.threadlab.cc.link.Unit;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.parse.Parser;
import org.threadlab.cc.pp.Preprocessor;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.vm.code.Program;

/**
 * The C compiler's facade: preprocess, parse, check (concurrency warnings) each {@code .c} file on
 * its own, as gcc does, then link the translation units ({@link SymbolTable}) and generate one
 * program. Every problem with the source is a diagnostic (a link error too); a bug in any stage
 * surfaces as "internal compiler error: ..." rather than an exception.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles {@code main} to a program whose entry point is its {@code main}; functions declared
     * but not defined are library builtins resolved by name when the program runs. Throws
     * {@link CompileError} when {@code diags} has errors (warnings stay in {@code diags}).
     */
    public static Program compile(SourceFile main, PreprocessorConfig config, Diagnostics diags) {
        return compile(main, config, diags, name -> true);
    }

    /**
     * As {@link #compile(SourceFile, PreprocessorConfig, Diagnostics)}; a function used but neither
     * defined in the source nor provided by the library ({@code library.test(name)} false, e.g.
     * {@code registry::contains}) is the error "undefined reference to 'f'" at its first use.
     */
    public static Program compile(SourceFile main, PreprocessorConfig config, Diagnostics diags,
                                  Predicate<String> library) {
        return compile(List.of(main), config, diags, library);
    }

    /**
     * Compiles a program made of {@code files} (one or more {@code .c} files, in the order given):
     * each is its own translation unit, with its own macros and {@code static} names, and
     * {@code config} (-I, -D) applies to each. The units are linked as ld does: external names are
     * shared, a name defined twice is "multiple definition of 'f'", a function defined nowhere
     * and not in the library is "undefined reference to 'f'", and some file must define
     * {@code main}. Throws {@link CompileError} when {@code diags} has errors.
     */
    public static Program compile(List<SourceFile> files, PreprocessorConfig config, Diagnostics diags,
                                  Predicate<String> library) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a program needs at least one source file");
        }
        Program program = null;
        SourceFile current = files.get(0);
        try {
            List<Unit> units = new ArrayList<>();
            for (SourceFile file : files) {
                current = file;
                TranslationUnit tu = translate(file, config, diags);
                if (tu != null) {
                    units.add(new Unit(file, tu));
                }
            }
            current = files.get(0);
            if (!diags.hasErrors()) {
                program = CodeGenerator.generate(SymbolTable.link(units, diags), diags, library);
            }
        } catch (CompileError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(current.pos(0), 1, "internal compiler error: " + e);
        }
        if (diags.hasErrors() || program == null) {
            if (!diags.hasErrors()) {
                diags.error(files.get(0).pos(0), 1, "internal compiler error: no program was generated");
            }
            throw new CompileError(diags);
        }
        return program;
    }

    /** One translation unit, checked; null when it has errors (they are in {@code diags}). */
    private static TranslationUnit translate(SourceFile file, PreprocessorConfig config, Diagnostics diags) {
        int errorsBefore = diags.errorCount();
        List<Token> tokens = Preprocessor.preprocess(file, config, diags);
        if (diags.errorCount() > errorsBefore) {
            return null;
        }
        TranslationUnit tu = Parser.parse(tokens, diags);
        if (diags.errorCount() > errorsBefore) {
            return null;
        }
        ConcurrencyWarnings.check(tu, diags);
        return tu;
    }
}
