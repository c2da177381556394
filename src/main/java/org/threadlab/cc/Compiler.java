package org.threadlab.cc;

import java.util.List;
import java.util.function.Predicate;

import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.check.ConcurrencyWarnings;
import org.threadlab.cc.gen.CodeGenerator;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.parse.Parser;
import org.threadlab.cc.pp.Preprocessor;
import org.threadlab.cc.pp.PreprocessorConfig;
import org.threadlab.vm.code.Program;

/**
 * The C compiler's facade: preprocess, parse, check (concurrency warnings), generate. Every
 * problem with the source is a diagnostic; a bug in any stage surfaces as "internal compiler
 * error: ..." rather than an exception.
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
        Program program = null;
        try {
            List<Token> tokens = Preprocessor.preprocess(main, config, diags);
            if (!diags.hasErrors()) {
                TranslationUnit tu = Parser.parse(tokens, diags);
                if (!diags.hasErrors()) {
                    ConcurrencyWarnings.check(tu, diags);
                    program = CodeGenerator.generate(tu, diags, library, main);
                }
            }
        } catch (CompileError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(main.pos(0), 1, "internal compiler error: " + e);
        }
        if (diags.hasErrors() || program == null) {
            if (!diags.hasErrors()) {
                diags.error(main.pos(0), 1, "internal compiler error: no program was generated");
            }
            throw new CompileError(diags);
        }
        return program;
    }
}
