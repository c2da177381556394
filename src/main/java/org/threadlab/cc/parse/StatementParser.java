package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;

/**
 * Statements and block-scope declarations (C11 6.8, 6.7): one method per statement kind, with
 * the checks students need (break outside a loop, duplicate case values, undefined labels).
 * A syntax error inside a block skips to the next ';' or '}' and the block carries on.
 */
abstract class StatementParser extends InitializerParser {

    /** The innermost switch being parsed: its promoted condition type and labels so far. */
    private static final class SwitchContext {
        final Type type;
        final List<Stmt.Case> cases = new ArrayList<>();
        final Map<Long, SourcePos> values = new TreeMap<>();
        Stmt.Case defaultCase;
        SourcePos defaultPos;
        /** The regions open at the switch, which its case labels must not be beyond. */
        List<JumpBarriers.Barrier> barriers = List.of();
        SourcePos switchPos;

        SwitchContext(Type type) {
            this.type = type;
        }
    }

    private int loopDepth;
    private int breakableDepth;
    private SwitchContext currentSwitch;
    private int caseIds;
    final Map<String, SourcePos> labels = new LinkedHashMap<>();
    final List<Token> gotos = new ArrayList<>();
    /** The regions open at each label, and each goto's keyword and regions (in {@link #gotos}' order). */
    private final Map<String, List<JumpBarriers.Barrier>> labelBarriers = new LinkedHashMap<>();
    private final List<Token> gotoKeywords = new ArrayList<>();
    private final List<List<JumpBarriers.Barrier>> gotoBarriers = new ArrayList<>();

    StatementParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** Declares a function name (prototype or definition); provided by the top level. */
    abstract Function declareFunction(DeclSpec spec, Declarator d);

    /** Resets the per-function statement state before a function body. */
    void startFunctionBody() {
        loopDepth = 0;
        breakableDepth = 0;
        currentSwitch = null;
        caseIds = 0;
        labels.clear();
        gotos.clear();
        labelBarriers.clear();
        gotoKeywords.clear();
        gotoBarriers.clear();
        jumps.reset();
    }

    /** Reports gotos to labels the function never defined, and gotos into regions they may not enter. */
    void checkLabels() {
        for (int i = 0; i < gotos.size(); i++) {
            Token g = gotos.get(i);
            SourcePos label = labels.get(g.text());
            if (label == null) {
                error(g, "label '" + g.text() + "' used but not defined");
                continue;
            }
            JumpBarriers.Barrier entered = JumpBarriers.enteredBy(gotoBarriers.get(i), labelBarriers.get(g.text()));
            if (entered != null) {
                error(gotoKeywords.get(i), entered.gotoError() + " (label '" + g.text() + "' is on line " + label.line() + ")");
            }
        }
    }

    @Override
    void enterScope() {
        super.enterScope();
        jumps.enterScope();
    }

    @Override
    void leaveScope() {
        super.leaveScope();
        jumps.leaveScope();
    }

    /** compound-statement: '{' block-item* '}' in a new scope. */
    @Override
    Stmt.Block compoundStatement() {
        return compoundStatement(true);
    }

    /** A compound statement; a function body shares its parameters' scope ({@code newScope} false). */
    Stmt.Block compoundStatement(boolean newScope) {
        Token open = consume("{", "expected '{'");
        if (newScope) {
            enterScope();
        }
        try {
            List<Stmt> items = new ArrayList<>();
            while (!check("}")) {
                if (atEnd()) {
                    error(open, "this '{' is never closed; expected '}' before the end of the file");
                    return new Stmt.Block(items, posOf(open));
                }
                try {
                    blockItem(items);
                } catch (SyntaxError e) {
                    if (e instanceof TooDeep) {
                        throw e;
                    }
                    synchronize();
                }
            }
            advance();
            return new Stmt.Block(items, posOf(open));
        } finally {
            if (newScope) {
                leaveScope();
            }
        }
    }

    private void blockItem(List<Stmt> out) {
        if (check("_Static_assert")) {
            staticAssert();
            return;
        }
        if (isTypeName(peek()) && !(typedefType(peek()) != null && peek(1).is(":"))) {
            localDeclaration(out);
            return;
        }
        out.add(statement());
    }

    /** statement, with the nesting limit. */
    Stmt statement() {
        enter("statements nest too deeply");
        try {
            return statementInner();
        } finally {
            leave();
        }
    }

    private Stmt statementInner() {
        Token t = peek();
        SourcePos pos = posOf(t);
        if (t.is("{")) {
            return compoundStatement();
        }
        if (t.is(";")) {
            advance();
            return new Stmt.Empty(pos);
        }
        if (isIdentifier(t) && peek(1).is(":") || typedefType(t) != null && peek(1).is(":")) {
            return labeledStatement();
        }
        switch (t.text()) {
            case "if" -> {
                advance();
                Expr cond = parenthesisedCondition("if");
                if (check(";")) {
                    warning(peek(), "empty body after 'if'; remove the ';' or write '{ }' if that is intended");
                }
                Stmt then = statement();
                Stmt otherwise = match("else") ? statement() : null;
                return new Stmt.If(cond, then, otherwise, pos);
            }
            case "while" -> {
                advance();
                Expr cond = parenthesisedCondition("while");
                return new Stmt.While(cond, loopBody(), pos);
            }
            case "do" -> {
                advance();
                Stmt body = loopBody();
                consume("while", "expected 'while' after the body of 'do'");
                Expr cond = parenthesisedCondition("do-while");
                consume(";", "expected ';' after 'do ... while (...)'");
                return new Stmt.DoWhile(body, cond, pos);
            }
            case "for" -> {
                return forStatement();
            }
            case "switch" -> {
                return switchStatement();
            }
            case "case", "default" -> {
                return caseLabel();
            }
            case "break" -> {
                advance();
                if (breakableDepth == 0) {
                    error(t, "'break' is not inside a loop or switch");
                }
                consume(";", "expected ';' after 'break'");
                return new Stmt.Break(pos);
            }
            case "continue" -> {
                advance();
                if (loopDepth == 0) {
                    error(t, "'continue' is not inside a loop");
                }
                consume(";", "expected ';' after 'continue'");
                return new Stmt.Continue(pos);
            }
            case "__asm__", "__asm", "asm" -> {
                return asmStatement();
            }
            case "goto" -> {
                advance();
                if (check("*")) {
                    throw syntaxError(peek(), "computed 'goto *' is not supported by ThreadLab yet");
                }
                Token label = expectIdentifier("expected a label name after 'goto'");
                gotos.add(label);
                gotoKeywords.add(t);
                gotoBarriers.add(jumps.snapshot());
                consume(";", "expected ';' after the goto statement");
                return new Stmt.Goto(label.text(), pos);
            }
            case "return" -> {
                return returnStatement();
            }
            case "else" -> throw syntaxError(t, "'else' without a previous 'if'");
            default -> { }
        }
        if (isTypeName(t)) {
            throw syntaxError(t, "a declaration cannot be the body of a statement; put it inside '{ }'");
        }
        Expr e = expression();
        consume(";", "expected ';' after expression");
        return new Stmt.ExprStmt(e, pos);
    }

    private Expr parenthesisedCondition(String what) {
        consume("(", "expected '(' after '" + what + "'");
        Token at = peek();
        Expr cond = condition(expression(), at);
        warnAboutAssignment(cond, at);
        consume(")", "expected ')' after the condition");
        return cond;
    }

    /** gcc's -Wparentheses: {@code if (x = 5)} is almost always a mistyped {@code ==}. */
    private void warnAboutAssignment(Expr cond, Token at) {
        if (cond instanceof Expr.Assign && !parenthesisedAssignments.contains(cond)) {
            warning(at, "assignment used as a condition; did you mean '=='? (write '((...))' if the assignment is intended)");
        }
    }

    private Stmt loopBody() {
        loopDepth++;
        breakableDepth++;
        try {
            return statement();
        } finally {
            loopDepth--;
            breakableDepth--;
        }
    }

    private Stmt forStatement() {
        SourcePos pos = posOf(advance());
        consume("(", "expected '(' after 'for'");
        enterScope();
        try {
            Stmt init = null;
            if (isTypeName(peek())) {
                List<Stmt> decls = new ArrayList<>();
                localDeclaration(decls);
                init = new Stmt.Block(decls, pos);
            } else if (!match(";")) {
                Expr e = expression();
                init = new Stmt.ExprStmt(e, e.pos());
                consume(";", "expected ';' after the 'for' initialization");
            }
            Expr cond = null;
            if (!check(";")) {
                Token at = peek();
                cond = condition(expression(), at);
                warnAboutAssignment(cond, at);
            }
            consume(";", "expected ';' after the 'for' condition");
            Expr step = check(")") ? null : expression();
            consume(")", "expected ')' after the 'for' clauses");
            return new Stmt.For(init, cond, step, loopBody(), pos);
        } finally {
            leaveScope();
        }
    }

    private Stmt switchStatement() {
        SourcePos pos = posOf(advance());
        consume("(", "expected '(' after 'switch'");
        Token at = peek();
        Expr cond = rvalue(expression());
        consume(")", "expected ')' after the switch value");
        if (!cond.type().isInteger()) {
            error(at, "switch quantity is not an integer (it has type " + cond.type().quoted() + ")");
            cond = new Expr.IntConst(0, Type.INT, cond.pos());
        }
        Type t = TypeRules.promote(cond.type());
        cond = convert(cond, t);
        SwitchContext saved = currentSwitch;
        SwitchContext ctx = new SwitchContext(t);
        ctx.barriers = jumps.snapshot();
        ctx.switchPos = pos;
        currentSwitch = ctx;
        breakableDepth++;
        try {
            Stmt body = statement();
            return new Stmt.Switch(cond, body, ctx.cases, ctx.defaultCase, pos);
        } finally {
            currentSwitch = saved;
            breakableDepth--;
        }
    }

    private Stmt caseLabel() {
        Token kw = advance();
        SourcePos pos = posOf(kw);
        boolean isDefault = kw.is("default");
        long value = 0;
        if (!isDefault) {
            value = constantExpression();
            if (check("...")) {
                error(peek(), "case ranges ('case a ... b') are not supported by ThreadLab yet");
                advance();
                constantExpression();
            }
        }
        consume(":", isDefault ? "expected ':' after 'default'" : "expected ':' after the case value");
        SwitchContext ctx = currentSwitch;
        JumpBarriers.Barrier entered = ctx == null ? null : JumpBarriers.enteredBy(ctx.barriers, jumps.snapshot());
        if (entered != null) {
            error(kw, entered.switchError() + " (the switch is on line " + ctx.switchPos.line() + ")");
        }
        if (ctx == null) {
            error(kw, "'" + kw.text() + "' label is not inside a switch statement");
        } else if (isDefault) {
            if (ctx.defaultPos != null) {
                error(kw, "multiple default labels in one switch (the first is on line " + ctx.defaultPos.line() + ")");
            }
            ctx.defaultPos = pos;
        } else {
            value = ConstEvaluator.truncate(value, ctx.type);
            SourcePos first = ctx.values.get(value);
            if (first != null) {
                error(kw, "duplicate case value " + value + " (first used on line " + first.line() + ")");
            } else {
                ctx.values.put(value, pos);
            }
        }
        Stmt body = check("}") ? new Stmt.Empty(pos) : statement();
        Stmt.Case c = new Stmt.Case(value, isDefault, body, caseIds++, pos);
        if (ctx != null) {
            if (isDefault) {
                ctx.defaultCase = c;
            } else {
                ctx.cases.add(c);
            }
        }
        return c;
    }

    private Stmt labeledStatement() {
        Token name = advance();
        advance();
        SourcePos first = labels.get(name.text());
        if (first != null) {
            error(name, "duplicate label '" + name.text() + "' (first defined on line " + first.line() + ")");
        } else {
            labels.put(name.text(), posOf(name));
            labelBarriers.put(name.text(), jumps.snapshot());
        }
        skipAttributes();
        Stmt body = check("}") ? new Stmt.Empty(posOf(name)) : statement();
        return new Stmt.Label(name.text(), body, posOf(name));
    }

    /**
     * {@code asm volatile ("" ::: "memory");}: an empty template is a compiler barrier, which is
     * a no-op here (every memory access is already its own sequentially consistent step);
     * anything else is reported.
     */
    private Stmt asmStatement() {
        Token kw = advance();
        while (match("volatile") || match("__volatile__") || match("goto") || match("inline")) {
            // qualifiers
        }
        consume("(", "expected '(' after '" + kw.text() + "'");
        boolean empty = peek().kind() == TokenKind.STRING && peek().text().equals("\"\"");
        int level = 1;
        while (level > 0 && !atEnd()) {
            Token t = advance();
            if (t.is("(")) {
                level++;
            } else if (t.is(")")) {
                level--;
            }
        }
        consume(";", "expected ';' after the asm statement");
        if (!empty) {
            error(kw, "inline assembly is not supported by ThreadLab (only the empty barrier asm(\"\" ::: \"memory\"))");
        }
        return new Stmt.Empty(posOf(kw));
    }

    private Stmt returnStatement() {
        Token kw = advance();
        SourcePos pos = posOf(kw);
        Type ret = currentFunction.type().returnType();
        if (match(";")) {
            if (!ret.isVoid()) {
                warning(kw, "'return' with no value, in function returning non-void");
            }
            return new Stmt.Return(null, pos);
        }
        Token at = peek();
        Expr e = expression();
        consume(";", "expected ';' after the return value");
        if (ret.isVoid()) {
            if (!rvalue(e).type().isVoid()) {
                warning(at, "'return' with a value, in function returning void");
            }
            return new Stmt.Return(rvalue(e), pos);
        }
        return new Stmt.Return(assignConvert(e, ret, "returning", at), pos);
    }

    /** A block-scope declaration; appends its Decl (and VLA length) statements to {@code out}. */
    void localDeclaration(List<Stmt> out) {
        DeclSpec spec = declarationSpecifiers();
        if (match(";")) {
            return;
        }
        while (true) {
            Declarator d = declarator(spec.type(), false);
            String name = d.nameText();
            Object existing = innermost().ordinary.get(name);
            if (spec.isTypedef()) {
                if (existing != null && !(existing instanceof Scope.TypedefName td && TypeRules.compatible(td.type(), d.type()))) {
                    error(d.name(), "redefinition of '" + name + "'");
                }
                innermost().ordinary.put(name, new Scope.TypedefName(named(hoistVlaLengths(d.type(), out, d.pos()), name)));
                if (d.type().isVariablyModified()) {
                    jumps.enter(JumpBarriers.VARIABLY_MODIFIED);
                }
            } else if (d.type().isFunction()) {
                Function f = declareFunction(spec, d);
                innermost().ordinary.put(name, f);
            } else if (spec.isExtern()) {
                Object global = scopes.get(0).ordinary.get(name);
                Variable v = global instanceof Variable g ? g : newGlobal(name, name, d.type(), d.pos());
                if (!(global instanceof Variable)) {
                    v.setExtern(true);
                    scopes.get(0).ordinary.putIfAbsent(name, v);
                }
                innermost().ordinary.put(name, v);
            } else {
                if (existing != null) {
                    error(d.name(), "redefinition of '" + name + "'");
                }
                if (spec.isStatic()) {
                    staticLocal(d, spec);
                } else {
                    automaticLocal(d, spec, out);
                    if (d.type().isVariablyModified()) {
                        jumps.enter(JumpBarriers.VARIABLY_MODIFIED);
                    }
                }
            }
            if (!match(",")) {
                break;
            }
        }
        consume(";", "expected ';' after the declaration");
    }

    private void staticLocal(Declarator d, DeclSpec spec) {
        String name = d.nameText();
        Variable v = newGlobal(name, uniqueName(name), d.type(), d.pos());
        v.setStatic(true);
        v.setDefined(true);
        innermost().ordinary.put(name, v);
        if (d.type().isVariablyModified()) {
            error(d.name(), "a static variable cannot have a variable length array type");
            v.setType(Type.INT);
        }
        if (match("=")) {
            int errorsBefore = diags.errorCount();
            Initialized in = initializer(v.type());
            v.setType(in.type());
            v.setInitializer(in.items());
            v.setHasInitializer(true);
            var bad = ConstEvaluator.fillData(v, in.items());
            if (bad != null && diags.errorCount() == errorsBefore) {
                error(bad.value().pos(), 1, "initializer element is not constant; a static variable needs a value known at compile time");
            }
        } else if (!v.type().isComplete()) {
            error(d.name(), "storage size of '" + name + "' isn't known");
            v.setType(Type.INT);
            v.setData(new byte[4]);
        } else {
            v.setData(new byte[(int) v.type().size()]);
        }
        if (spec.alignas() > 0) {
            warning(d.name(), "'_Alignas' on a static local is ignored");
        }
    }

    private void automaticLocal(Declarator d, DeclSpec spec, List<Stmt> out) {
        String name = d.nameText();
        Type t = d.type();
        if (t.isVoid()) {
            error(d.name(), "variable '" + name + "' declared void");
            t = Type.INT;
        }
        t = hoistVlaLengths(t, out, d.pos());
        Variable v = newLocal(name, t, d.pos(), Variable.Kind.LOCAL);
        if (match("=")) {
            Initialized in = initializer(t);
            v.setType(in.type());
            out.add(new Stmt.Decl(v, in.items(), d.pos()));
            return;
        }
        if (!t.isComplete() && t.kind() != Type.Kind.VLA) {
            error(d.name(), "storage size of '" + name + "' isn't known");
            v.setType(Type.INT);
        }
        out.add(new Stmt.Decl(v, null, d.pos()));
    }

    /** Evaluates each VLA length once, into a hidden local, so sizeof and indexing see a fixed value. */
    private Type hoistVlaLengths(Type t, List<Stmt> out, SourcePos pos) {
        if (t.kind() == Type.Kind.VLA) {
            Type base = hoistVlaLengths(t.base(), out, pos);
            Variable len = newLocal("", Type.LONG, pos, Variable.Kind.LOCAL);
            Expr ref = new Expr.VarRef(len, Type.LONG, pos);
            out.add(new Stmt.ExprStmt(new Expr.Assign(ref, t.vlaLength(), Type.LONG, pos), pos));
            return Type.vlaOf(base, ref);
        }
        if (t.kind() == Type.Kind.ARRAY && t.base().isVariablyModified()) {
            return Type.arrayOf(hoistVlaLengths(t.base(), out, pos), t.arrayLength());
        }
        return t;
    }
}
