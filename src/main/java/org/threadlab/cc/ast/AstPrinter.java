package org.threadlab.cc.ast;

import java.util.List;

import org.threadlab.cc.type.Type;

/**
 * Prints the AST as S-expressions, deterministically, for golden tests and debugging:
 * statements one per line, indented; expressions inline with their types in brackets, e.g.
 * {@code (= [int] (var x [int]) (+ [int] (var x [int]) (const 1 [int])))}.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {
    }

    /** The whole translation unit: globals with their data, then each function. */
    public static String print(TranslationUnit unit) {
        AstPrinter p = new AstPrinter();
        for (Variable g : unit.globals()) {
            p.global(g);
        }
        for (Function f : unit.functions()) {
            p.function(f);
        }
        return p.out.toString();
    }

    /** One statement (with its nested statements indented from column 0). */
    public static String print(Stmt s) {
        AstPrinter p = new AstPrinter();
        p.stmt(s, 0);
        return p.out.toString();
    }

    /** One expression on one line. */
    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e);
        return p.out.toString();
    }

    /** A short summary: one line per global and function (name, type, statement count). */
    public static String summary(TranslationUnit unit) {
        StringBuilder sb = new StringBuilder();
        for (Variable g : unit.globals()) {
            sb.append("global ").append(g.linkName()).append(" [").append(g.type()).append("]")
                    .append(g.isDefined() ? "" : " extern").append('\n');
        }
        for (Function f : unit.functions()) {
            sb.append(f.isDefined() ? "function " : "declare ").append(f.name()).append(" [").append(f.type()).append("]");
            if (f.isDefined()) {
                sb.append(" locals=").append(f.locals().size()).append(" stmts=").append(countStatements(f.body()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static int countStatements(Stmt s) {
        if (s == null) {
            return 0;
        }
        int inner = 0;
        if (s instanceof Stmt.Block b) {
            inner = b.stmts().stream().mapToInt(AstPrinter::countStatements).sum();
        } else if (s instanceof Stmt.If i) {
            inner = countStatements(i.then()) + countStatements(i.otherwise());
        } else if (s instanceof Stmt.While w) {
            inner = countStatements(w.body());
        } else if (s instanceof Stmt.DoWhile d) {
            inner = countStatements(d.body());
        } else if (s instanceof Stmt.For f) {
            inner = countStatements(f.init()) + countStatements(f.body());
        } else if (s instanceof Stmt.Switch w) {
            inner = countStatements(w.body());
        } else if (s instanceof Stmt.Case c) {
            inner = countStatements(c.body());
        } else if (s instanceof Stmt.Label l) {
            inner = countStatements(l.body());
        }
        return 1 + inner;
    }

    private void global(Variable g) {
        out.append("(global ").append(g.linkName()).append(' ');
        type(g.type());
        if (g.isStatic()) {
            out.append(" static");
        }
        if (!g.isDefined()) {
            out.append(" extern");
        }
        if (g.data() != null && g.hasInitializer()) {
            out.append(" (data");
            for (byte b : g.data()) {
                out.append(' ').append(b & 0xff);
            }
            out.append(')');
            for (Relocation r : g.relocations()) {
                out.append(" (reloc ").append(r.offset()).append(' ').append(r.target()).append(' ').append(r.addend()).append(')');
            }
        }
        out.append(")\n");
    }

    private void function(Function f) {
        out.append(f.isDefined() ? "(function " : "(declare ").append(f.name()).append(' ');
        type(f.type());
        if (f.isStatic()) {
            out.append(" static");
        }
        if (!f.isDefined()) {
            out.append(")\n");
            return;
        }
        out.append(" (params");
        for (Variable p : f.params()) {
            out.append(' ').append(p.name());
        }
        out.append(")\n");
        stmt(f.body(), 1);
        out.append(")\n");
    }

    private void type(Type t) {
        out.append('[').append(t).append(']');
    }

    private void indent(int level) {
        out.append("  ".repeat(level));
    }

    private void stmt(Stmt s, int level) {
        indent(level);
        if (s instanceof Stmt.Block b) {
            out.append("(block");
            for (Stmt c : b.stmts()) {
                out.append('\n');
                stmt(c, level + 1);
            }
            out.append(')');
        } else if (s instanceof Stmt.ExprStmt e) {
            out.append("(expr ");
            expr(e.expr());
            out.append(')');
        } else if (s instanceof Stmt.Empty e) {
            out.append("(empty)");
        } else if (s instanceof Stmt.If i) {
            out.append("(if ");
            expr(i.cond());
            nested(i.then(), level);
            if (i.otherwise() != null) {
                nested(i.otherwise(), level);
            }
            out.append(')');
        } else if (s instanceof Stmt.While w) {
            out.append("(while ");
            expr(w.cond());
            nested(w.body(), level);
            out.append(')');
        } else if (s instanceof Stmt.DoWhile d) {
            out.append("(do ");
            expr(d.cond());
            nested(d.body(), level);
            out.append(')');
        } else if (s instanceof Stmt.For f) {
            out.append("(for");
            if (f.init() == null) {
                out.append(" -");
            } else {
                nested(f.init(), level);
                out.append('\n');
                indent(level + 1);
            }
            out.append(' ');
            optional(f.cond());
            out.append(' ');
            optional(f.step());
            nested(f.body(), level);
            out.append(')');
        } else if (s instanceof Stmt.Switch w) {
            out.append("(switch ");
            expr(w.cond());
            out.append(" (cases");
            for (Stmt.Case c : w.cases()) {
                out.append(' ').append(c.value());
            }
            out.append(w.defaultCase() != null ? ") default" : ")");
            nested(w.body(), level);
            out.append(')');
        } else if (s instanceof Stmt.Case c) {
            out.append(c.isDefault() ? "(default" : "(case " + c.value());
            nested(c.body(), level);
            out.append(')');
        } else if (s instanceof Stmt.Break b) {
            out.append("(break)");
        } else if (s instanceof Stmt.Continue c) {
            out.append("(continue)");
        } else if (s instanceof Stmt.Label l) {
            out.append("(label ").append(l.name());
            nested(l.body(), level);
            out.append(')');
        } else if (s instanceof Stmt.Goto g) {
            out.append("(goto ").append(g.label()).append(')');
        } else if (s instanceof Stmt.Return r) {
            out.append("(return");
            if (r.value() != null) {
                out.append(' ');
                expr(r.value());
            }
            out.append(')');
        } else if (s instanceof Stmt.Decl d) {
            out.append("(decl ").append(varName(d.var())).append(' ');
            type(d.var().type());
            if (d.var().isAddressTaken()) {
                out.append(" mem");
            }
            if (d.init() != null) {
                out.append(' ');
                init(d.init());
            }
            out.append(')');
        } else {
            throw new AssertionError(s);
        }
    }

    private void nested(Stmt s, int level) {
        out.append('\n');
        stmt(s, level + 1);
    }

    private void optional(Expr e) {
        if (e == null) {
            out.append('-');
        } else {
            expr(e);
        }
    }

    private void init(List<InitItem> items) {
        out.append("(init");
        for (InitItem i : items) {
            out.append(" (").append(i.offset()).append(' ');
            expr(i.value());
            out.append(')');
        }
        out.append(')');
    }

    private static String varName(Variable v) {
        if (v.isLocal()) {
            return v.name().isEmpty() ? "$" + v.id() : v.name();
        }
        return v.linkName();
    }

    private void expr(Expr e) {
        if (e instanceof Expr.IntConst c) {
            head("const " + c.value(), e);
        } else if (e instanceof Expr.FloatConst c) {
            head("fconst " + c.value(), e);
        } else if (e instanceof Expr.VarRef v) {
            head("var " + varName(v.var()), e);
        } else if (e instanceof Expr.FuncRef f) {
            out.append("(func ").append(f.function().name()).append(')');
        } else if (e instanceof Expr.Unary u) {
            node(u.op().name().toLowerCase(), e, u.operand());
        } else if (e instanceof Expr.Binary b) {
            node(b.op().symbol(), e, b.left(), b.right());
        } else if (e instanceof Expr.Assign a) {
            node("=", e, a.target(), a.value());
        } else if (e instanceof Expr.CompoundAssign c) {
            out.append('(').append(c.op().symbol()).append("= ");
            type(c.opType());
            out.append(' ');
            expr(c.target());
            out.append(' ');
            expr(c.value());
            out.append(')');
        } else if (e instanceof Expr.IncDec i) {
            node((i.prefix() ? "pre" : "post") + (i.step() >= 0 ? "+" : "-") + Math.abs(i.step()), e, i.target());
        } else if (e instanceof Expr.Conditional c) {
            node("?:", e, c.cond(), c.then(), c.otherwise());
        } else if (e instanceof Expr.Comma c) {
            node(",", e, c.left(), c.right());
        } else if (e instanceof Expr.Cast c) {
            node("cast", e, c.operand());
        } else if (e instanceof Expr.AddrOf a) {
            node("&", e, a.operand());
        } else if (e instanceof Expr.Deref d) {
            node("*", e, d.pointer());
        } else if (e instanceof Expr.MemberAccess m) {
            node("." + (m.member().name() == null ? "<anon>" : m.member().name())
                + "@" + m.member().offset(), e, m.object());
        } else if (e instanceof Expr.Call c) {
            out.append("(call ");
            type(c.type());
            out.append(' ');
            expr(c.callee());
            for (Expr a : c.args()) {
                out.append(' ');
                expr(a);
            }
            out.append(')');
        } else if (e instanceof Expr.StmtExpr s) {
            out.append("(stmt-expr ");
            type(s.type());
            out.append(' ');
            out.append(print(s.body()).replace("\n", " ").replaceAll(" +", " "));
            out.append(')');
        } else if (e instanceof Expr.CompoundLiteral c) {
            out.append("(compound-literal ").append(varName(c.var())).append(' ');
            type(c.type());
            out.append(' ');
            init(c.init());
            out.append(')');
        } else {
            throw new AssertionError(e);
        }
    }

    private void head(String text, Expr e) {
        out.append('(').append(text).append(' ');
        type(e.type());
        out.append(')');
    }

    private void node(String name, Expr e, Expr... children) {
        out.append('(').append(name).append(' ');
        type(e.type());
        for (Expr c : children) {
            out.append(' ');
            expr(c);
        }
        out.append(')');
    }
}
