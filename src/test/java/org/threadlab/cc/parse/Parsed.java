package org.threadlab.cc.parse;

import java.util.List;
import java.util.stream.Collectors;

import org.threadlab.cc.Diagnostic;
import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.ast.AstPrinter;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.TranslationUnit;

/** Test helper: a source parsed with the test tokenizer, its unit and its diagnostics. */
record Parsed(TranslationUnit unit, Diagnostics diags) {

    static Parsed of(String source) {
        SourceFile file = new SourceFile("t.c", source);
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = Parser.parse(TestTokenizer.tokenize(file), diags);
        return new Parsed(unit, diags);
    }

    /** Parses {@code decls} then {@code void f(void) { (expr); }} and returns the expression. */
    static Expr expr(String decls, String expr) {
        Parsed p = of(decls + "\nvoid __test(void) { " + expr + "; }\n");
        if (p.diags().hasErrors()) {
            throw new AssertionError(p.messages());
        }
        Stmt.Block body = p.unit().function("__test").body();
        return ((Stmt.ExprStmt) body.stmts().get(body.stmts().size() - 1)).expr();
    }

    /** Each diagnostic as "line:col: severity: message". */
    List<String> messages() {
        return diags.messages().stream()
                .map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.severity().text() + ": " + d.message())
                .collect(Collectors.toList());
    }

    List<String> errors() {
        return diags.messages().stream().filter(Diagnostic::isError)
                .map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message()).collect(Collectors.toList());
    }

    Function function(String name) {
        return unit.function(name);
    }

    String print() {
        return AstPrinter.print(unit);
    }

    String body(String function) {
        return AstPrinter.print(unit.function(function).body());
    }
}
