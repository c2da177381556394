package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;
import org.threadlab.cc.type.Type;

/**
 * The parser's shared state and tiny helpers (Crafting Interpreters' {@code consume}, {@code
 * match}, {@code check}): the token cursor, diagnostics, scopes, the function being parsed, the
 * nesting depth limit, and error recovery. A syntax error reports a diagnostic and throws
 * {@link SyntaxError}; statement and declaration loops catch it and {@link #synchronize()}.
 */
abstract class ParserBase {
    /** Deepest nesting of expressions, statements and declarators before "nest too deeply". */
    static final int MAX_DEPTH = 256;

    /** Unwinds to the nearest statement or declaration loop after a reported syntax error. */
    static class SyntaxError extends RuntimeException {
        SyntaxError() {
            super(null, null, false, false);
        }
    }

    /** A nesting limit was hit: unwinds to file scope, which skips the whole external declaration. */
    static final class TooDeep extends SyntaxError {
    }

    /** Tallest expression tree (nesting plus operator chains) later passes must walk recursively. */
    static final int MAX_HEIGHT = 1024;

    final List<Token> tokens;
    final Diagnostics diags;
    int current;
    int depth;
    int height;
    final List<Scope> scopes = new ArrayList<>();
    final List<Variable> globals = new ArrayList<>();
    final List<Function> functions = new ArrayList<>();
    final List<Variable> stringLiterals = new ArrayList<>();
    int uniqueCounter;

    /** The function whose body is being parsed, or null at file scope. */
    Function currentFunction;

    ParserBase(List<Token> tokens, Diagnostics diags) {
        List<Token> list = new ArrayList<>(tokens);
        if (list.isEmpty() || list.get(list.size() - 1).kind() != TokenKind.EOF) {
            SourcePos end = list.isEmpty() ? null : list.get(list.size() - 1).pos();
            list.add(Token.of(TokenKind.EOF, "", end, false, true));
        }
        this.tokens = list;
        this.diags = diags;
        scopes.add(new Scope());
    }

    // ---- token cursor

    Token peek() {
        return tokens.get(current);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(current + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(Math.max(current - 1, 0));
    }

    Token advance() {
        Token t = tokens.get(current);
        if (t.kind() != TokenKind.EOF) {
            current++;
        }
        return t;
    }

    boolean atEnd() {
        return peek().kind() == TokenKind.EOF;
    }

    boolean check(String s) {
        return peek().is(s);
    }

    boolean match(String s) {
        if (check(s)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes {@code s} or reports {@code message} at the current token (or just after the previous one) and unwinds. */
    Token consume(String s, String message) {
        if (check(s)) {
            return advance();
        }
        throw errorAtExpected(message);
    }

    /** Reports a missing token after the previous token (where gcc points for "expected ';'"). */
    SyntaxError errorAtExpected(String message) {
        Token prev = previous();
        if (current > 0 && prev.pos() != null && (peek().pos() == null || peek().pos().line() != prev.pos().line())) {
            SourcePos p = prev.reportPos();
            error(new SourcePos(p.file(), p.line(), p.column() + prev.text().length()), 1, message);
        } else {
            error(peek(), message);
        }
        return new SyntaxError();
    }

    Token expectIdentifier(String message) {
        if (peek().kind() == TokenKind.IDENTIFIER && !Keywords.isKeyword(peek().text())) {
            return advance();
        }
        error(peek(), message);
        throw new SyntaxError();
    }

    boolean isIdentifier(Token t) {
        return t.kind() == TokenKind.IDENTIFIER && !Keywords.isKeyword(t.text());
    }

    // ---- diagnostics

    void error(Token t, String message) {
        error(posOf(t), Math.max(t.text().length(), 1), message);
    }

    void error(SourcePos pos, int length, String message) {
        diags.error(pos, length, message);
    }

    void warning(Token t, String message) {
        diags.warning(posOf(t), Math.max(t.text().length(), 1), message);
    }

    void warning(SourcePos pos, String message) {
        diags.warning(pos, 1, message);
    }

    SourcePos posOf(Token t) {
        return t.reportPos();
    }

    /** Reports and unwinds. */
    SyntaxError syntaxError(Token t, String message) {
        error(t, message);
        return new SyntaxError();
    }

    /** Enters one level of nesting; past {@link #MAX_DEPTH} reports {@code message} and unwinds. */
    void enter(String message) {
        if (depth + 1 > MAX_DEPTH) {
            error(peek(), message);
            throw new TooDeep();
        }
        depth++;
        height++;
    }

    void leave() {
        depth--;
        height--;
    }

    /**
     * Counts one more binary operator in a left-associative chain ({@code a + b + c ...}), which
     * deepens the tree without recursion here but with recursion in every later pass. The
     * caller restores {@link #height} when its chain ends.
     */
    void chainStep(Token op) {
        if (++height > MAX_HEIGHT) {
            height--;
            error(op, "expression is too long (more than " + MAX_HEIGHT + " operators in a row); split it into several statements");
            throw new TooDeep();
        }
    }

    /**
     * Skips tokens after a syntax error: up to and including the next ';' at the current brace
     * level, or up to (not including) a '}' that closes the current block, or past a block that
     * was opened and closed while skipping at the start of a line.
     */
    void synchronize() {
        int braces = 0;
        while (!atEnd()) {
            Token t = peek();
            if (t.is(";") && braces == 0) {
                advance();
                return;
            }
            if (t.is("{")) {
                braces++;
            } else if (t.is("}")) {
                if (braces == 0) {
                    return;
                }
                braces--;
                if (braces == 0) {
                    advance();
                    return;
                }
            }
            advance();
        }
    }

    // ---- scopes

    void enterScope() {
        scopes.add(new Scope());
    }

    void leaveScope() {
        scopes.remove(scopes.size() - 1);
    }

    Scope innermost() {
        return scopes.get(scopes.size() - 1);
    }

    boolean atFileScope() {
        return scopes.size() == 1;
    }

    /** The ordinary identifier {@code name} in the innermost scope declaring it, or null. */
    Object lookup(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object o = scopes.get(i).ordinary.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    Type lookupTag(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Type t = scopes.get(i).tags.get(name);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The type a typedef name stands for, or null when {@code t} is not a typedef name here. */
    Type typedefType(Token t) {
        if (t.kind() != TokenKind.IDENTIFIER) {
            return null;
        }
        Object o = lookup(t.text());
        return o instanceof Scope.TypedefName td ? td.type() : null;
    }

    /** True when {@code t} starts a declaration specifier (a type keyword, qualifier, storage class or typedef name). */
    boolean isTypeName(Token t) {
        if (t.kind() != TokenKind.IDENTIFIER) {
            return false;
        }
        return Keywords.isDeclarationKeyword(t.text()) || typedefType(t) != null;
    }

    // ---- symbols

    /**
     * {@code t} as declared by {@code typedef ... name}: the same type, named in messages. An
     * untagged struct or union also takes the name for every other use of its body.
     */
    static Type named(Type t, String name) {
        if (t.isStructOrUnion()) {
            t.aggregate().setTypedefName(name);
        }
        return t.withTypedefName(name);
    }

    /** A new local of the current function, declared in the innermost scope when named. */
    Variable newLocal(String name, Type type, SourcePos pos, Variable.Kind kind) {
        Variable v = new Variable(name, name, type, kind, pos, currentFunction.locals().size());
        currentFunction.locals().add(v);
        if (!name.isEmpty()) {
            innermost().ordinary.put(name, v);
        }
        return v;
    }

    /** A new global in declaration order; {@code linkName} must be unique. */
    Variable newGlobal(String name, String linkName, Type type, SourcePos pos) {
        Variable v = new Variable(name, linkName, type, Variable.Kind.GLOBAL, pos, globals.size());
        globals.add(v);
        return v;
    }

    String uniqueName(String base) {
        return base + "." + uniqueCounter++;
    }
}
