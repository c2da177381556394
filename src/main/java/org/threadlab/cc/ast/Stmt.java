package org.threadlab.cc.ast;

import java.util.List;

import org.threadlab.cc.SourcePos;

/**
 * A statement. {@code break} and {@code continue} refer to the innermost enclosing loop or
 * switch (the parser has checked there is one). A {@link Switch} lists its {@link Case} labels
 * (which also appear in its body where they were written) and its default label (or null).
 * {@link Decl} is a local declaration: for an aggregate with a non-null initializer, zero the
 * object first, then store the items; a VLA is allocated when its Decl runs (its length lives in
 * a hidden local assigned by an {@link ExprStmt} just before).
 */
public sealed interface Stmt {
    SourcePos pos();

    record Block(List<Stmt> stmts, SourcePos pos) implements Stmt {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    record ExprStmt(Expr expr, SourcePos pos) implements Stmt {
    }

    record Empty(SourcePos pos) implements Stmt {
    }

    record If(Expr cond, Stmt then, Stmt otherwise, SourcePos pos) implements Stmt {
    }

    record While(Expr cond, Stmt body, SourcePos pos) implements Stmt {
    }

    record DoWhile(Stmt body, Expr cond, SourcePos pos) implements Stmt {
    }

    /** {@code for (init; cond; step) body}; init is a Block of declarations, an ExprStmt, or null; cond and step may be null. */
    record For(Stmt init, Expr cond, Expr step, Stmt body, SourcePos pos) implements Stmt {
    }

    /** {@code cond} is already integer-promoted; case values are converted to its type. */
    record Switch(Expr cond, Stmt body, List<Case> cases, Case defaultCase, SourcePos pos) implements Stmt {
        public Switch {
            cases = List.copyOf(cases);
        }
    }

    /** {@code case value: body} or {@code default: body} (then {@code isDefault}); {@code id} is unique within the function. */
    record Case(long value, boolean isDefault, Stmt body, int id, SourcePos pos) implements Stmt {
    }

    record Break(SourcePos pos) implements Stmt {
    }

    record Continue(SourcePos pos) implements Stmt {
    }

    record Label(String name, Stmt body, SourcePos pos) implements Stmt {
    }

    record Goto(String label, SourcePos pos) implements Stmt {
    }

    /** {@code return value;} with the value converted to the return type; value null for {@code return;}. */
    record Return(Expr value, SourcePos pos) implements Stmt {
    }

    /** A local variable's declaration; init is null without an initializer. */
    record Decl(Variable var, List<InitItem> init, SourcePos pos) implements Stmt {
    }
}
