package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.InitItem;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.TranslationUnit;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;
import org.threadlab.cc.type.Param;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;

/**
 * The top of the parser: a translation unit is a sequence of external declarations (function
 * definitions, prototypes, globals, typedefs). Globals get their initial bytes here; tentative
 * definitions are zero-filled at the end (C11 6.9.2).
 */
public final class Parser extends StatementParser {
    private Variable functionNameVar;

    private Parser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /**
     * Parses preprocessed {@code tokens} (ending with EOF, which is added if missing) into a
     * typed translation unit. Problems go to {@code diags}; the result is complete as far as the
     * input allowed, and callers check {@link Diagnostics#hasErrors()} (or call
     * {@link Diagnostics#throwIfErrors()}) before generating code. Throws only
     * {@link org.threadlab.cc.CompileError} past {@link Diagnostics#MAX_ERRORS}.
     */
    public static TranslationUnit parse(List<Token> tokens, Diagnostics diags) {
        return new Parser(tokens, diags).translationUnit();
    }

    private TranslationUnit translationUnit() {
        while (!atEnd()) {
            int before = current;
            try {
                externalDeclaration();
            } catch (SyntaxError e) {
                currentFunction = null;
                while (scopes.size() > 1) {
                    leaveScope();
                }
                depth = 0;
                height = 0;
                if (e instanceof TooDeep) {
                    current = before;
                    skipExternalDeclaration();
                    continue;
                }
                synchronizeAtFileScope();
                if (current == before && !atEnd()) {
                    advance();
                }
            }
        }
        completeTentativeDefinitions();
        return new TranslationUnit(globals, functions, stringLiterals);
    }

    /**
     * Skips a whole external declaration from its first token, counting brackets: it ends at a
     * ';' outside brackets, or at the '}' closing a function body (the next token starts a new
     * declaration).
     */
    private void skipExternalDeclaration() {
        int nesting = 0;
        while (!atEnd()) {
            Token t = advance();
            if (t.is("(") || t.is("[") || t.is("{")) {
                nesting++;
            } else if (t.is(")") || t.is("]")) {
                nesting--;
            } else if (t.is("}")) {
                if (--nesting <= 0 && (atEnd() || isTypeName(peek()))) {
                    return;
                }
            } else if (t.is(";") && nesting <= 0) {
                return;
            }
        }
    }

    /**
     * Skips to the end of the broken external declaration: past the next ';' outside braces, or
     * past the '}' that closes the braces opened while skipping (and any closers or ';' right
     * after it, which belong to brackets opened before the error). Stray '}' are skipped too.
     */
    private void synchronizeAtFileScope() {
        int braces = 0;
        while (!atEnd()) {
            Token t = advance();
            if (t.is(";") && braces <= 0) {
                return;
            }
            if (t.is("{")) {
                braces++;
            } else if (t.is("}") && --braces == 0) {
                while (check("}") || check(")") || check("]") || check(";")) {
                    advance(); // leftovers of the same broken construct (its braces were opened before the error)
                }
                return;
            }
        }
    }

    private void completeTentativeDefinitions() {
        for (Variable v : globals) {
            if (!v.isDefined() || v.data() != null) {
                continue;
            }
            Type t = v.type();
            if (t.kind() == Type.Kind.ARRAY && t.arrayLength() < 0) {
                warning(v.pos(), "array '" + v.name() + "' assumed to have one element");
                v.setType(Type.arrayOf(t.base(), 1));
            } else if (!t.isComplete()) {
                error(v.pos(), 1, "storage size of '" + v.name() + "' isn't known");
                v.setType(Type.INT);
            }
            v.setData(new byte[(int) v.type().size()]);
        }
    }

    private void externalDeclaration() {
        skipAttributes();
        if (match(";")) {
            return;
        }
        if (check("_Static_assert")) {
            staticAssert();
            return;
        }
        Token start = peek();
        DeclSpec spec;
        if (isTypeName(start)) {
            spec = declarationSpecifiers();
        } else if (isIdentifier(start) && peek(1).is("(")) {
            warning(start, "return type of '" + start.text() + "' defaults to 'int'");
            spec = new DeclSpec(Type.INT, false, false, false, false, 0, true, false);
        } else {
            throw syntaxError(start, start.kind() == TokenKind.IDENTIFIER && lookup(start.text()) == null
                    && isIdentifier(peek(1)) ? "unknown type name '" + start.text() + "'"
                    : "expected a declaration, not '" + start + "'");
        }
        if (match(";")) {
            return;
        }
        boolean first = true;
        while (true) {
            Declarator d = declarator(spec.type(), false);
            if (spec.isTypedef()) {
                Object existing = scopes.get(0).ordinary.get(d.nameText());
                if (existing != null && !(existing instanceof Scope.TypedefName td && TypeRules.compatible(td.type(), d.type()))) {
                    error(d.name(), "conflicting types for typedef '" + d.nameText() + "'");
                }
                innermost().ordinary.put(d.nameText(), new Scope.TypedefName(named(d.type(), d.nameText())));
            } else if (d.type().isFunction()) {
                boolean oldStyle = !d.type().isPrototyped() && !d.type().params().isEmpty();
                if (first && (check("{") || oldStyle && isTypeName(peek()))) {
                    functionDefinition(spec, oldStyle ? oldStyleDeclarations(d) : d);
                    return;
                }
                declareFunction(spec, d);
            } else {
                globalVariable(spec, d);
            }
            first = false;
            if (!match(",")) {
                break;
            }
        }
        consume(";", "expected ';' after the declaration");
    }

    @Override
    Function declareFunction(DeclSpec spec, Declarator d) {
        String name = d.nameText();
        Object existing = scopes.get(0).ordinary.get(name);
        if (existing instanceof Function f) {
            if (!TypeRules.compatible(f.type(), d.type())) {
                error(d.name(), "conflicting types for '" + name + "' (it was " + (f.isImplicit()
                        ? "implicitly declared as 'int " + name + "()' by an earlier call"
                        : "declared as '" + f.type() + "' on line " + f.pos().line()) + ")");
            } else {
                f.setType(TypeRules.composite(d.type(), f.type()));
            }
            f.setImplicit(false);
            if (spec.isInline()) {
                f.setInline(true);
            }
            if (spec.isNoreturn()) {
                f.setNoreturn(true);
            }
            return f;
        }
        if (existing != null) {
            error(d.name(), "'" + name + "' redeclared as a different kind of symbol");
        }
        Function f = new Function(name, d.type(), d.pos());
        f.setStatic(spec.isStatic());
        f.setInline(spec.isInline());
        f.setNoreturn(spec.isNoreturn());
        functions.add(f);
        scopes.get(0).ordinary.put(name, f);
        return f;
    }

    /**
     * The declaration list of an old-style definition, {@code int main(argc, argv) char **argv; {}}:
     * gives each named parameter its type (undeclared ones stay int). The function type keeps no
     * prototype, so calls pass default-promoted arguments.
     */
    private Declarator oldStyleDeclarations(Declarator d) {
        List<Param> params = new ArrayList<>(d.type().params());
        while (isTypeName(peek())) {
            DeclSpec spec = declarationSpecifiers();
            while (true) {
                Declarator pd = declarator(spec.type(), false);
                int index = -1;
                for (int i = 0; i < params.size(); i++) {
                    if (params.get(i).name().equals(pd.nameText())) {
                        index = i;
                    }
                }
                if (index < 0) {
                    error(pd.name(), "declaration of '" + pd.nameText() + "' but there is no such parameter");
                } else {
                    params.set(index, new Param(pd.nameText(), adjustParameter(pd.type()), params.get(index).pos()));
                }
                if (!match(",")) {
                    break;
                }
            }
            consume(";", "expected ';' after the parameter declaration");
        }
        Type f = Type.function(d.type().returnType(), params, false, false);
        return new Declarator(d.name(), f, d.pos());
    }

    private void functionDefinition(DeclSpec spec, Declarator d) {
        Function f = declareFunction(spec, d);
        if (f.isDefined()) {
            error(d.name(), "redefinition of function '" + f.name() + "' (first defined on line " + f.pos().line() + ")");
        }
        f.setDefined(true);
        f.setDefinitionPos(posOf(d.name()));
        f.setType(d.type());
        Type ret = d.type().returnType();
        if (!ret.isVoid() && !ret.isComplete()) {
            error(d.name(), "return type '" + ret + "' is incomplete");
        }
        f.locals().clear();
        f.params().clear();
        currentFunction = f;
        functionNameVar = null;
        startFunctionBody();
        enterScope();
        try {
            List<Variable> declared = parameterVariables.get(d.type().params());
            int index = 0;
            for (Param p : d.type().params()) {
                Variable pre = declared != null && index < declared.size() ? declared.get(index) : null;
                index++;
                if (p.name() == null) {
                    error(p.pos(), 1, "parameter name omitted in the definition of '" + f.name() + "'");
                    continue;
                }
                if (innermost().ordinary.containsKey(p.name())) {
                    error(p.pos(), 1, "redefinition of parameter '" + p.name() + "'");
                }
                if (!p.type().isComplete() && !p.type().isVariablyModified()) {
                    error(p.pos(), 1, "parameter '" + p.name() + "' has incomplete type '" + p.type() + "'");
                }
                if (pre != null && pre.id() == f.locals().size()) {
                    f.locals().add(pre);
                    innermost().ordinary.put(p.name(), pre);
                    f.params().add(pre);
                } else {
                    f.params().add(newLocal(p.name(), p.type(), p.pos(), Variable.Kind.PARAM));
                }
            }
            Stmt.Block body = compoundStatement(false);
            f.setBody(body);
            checkLabels();
            if (!ret.isVoid() && !f.name().equals("main") && FallOffCheck.canCompleteNormally(body)) {
                warning(previous(), "control reaches the end of non-void function '" + f.name()
                        + "' without a return; add 'return ...;' before its '}'");
            }
        } finally {
            leaveScope();
            currentFunction = null;
        }
    }

    private void globalVariable(DeclSpec spec, Declarator d) {
        String name = d.nameText();
        Type t = d.type();
        if (t.isVoid()) {
            error(d.name(), "variable '" + name + "' declared void");
            t = Type.INT;
        }
        Object existing = scopes.get(0).ordinary.get(name);
        Variable v;
        if (existing instanceof Variable g) {
            v = g;
            if (!TypeRules.compatible(g.type(), t)) {
                error(d.name(), "conflicting types for '" + name + "' (it was declared as '" + g.type() + "' on line "
                        + g.pos().line() + ")");
            } else {
                v.setType(TypeRules.composite(t, g.type()));
            }
        } else {
            if (existing != null) {
                error(d.name(), "'" + name + "' redeclared as a different kind of symbol");
            }
            v = newGlobal(name, name, t, d.pos());
            v.setExtern(true);
            scopes.get(0).ordinary.put(name, v);
        }
        if (spec.isStatic()) {
            v.setStatic(true);
        }
        if (!spec.isExtern() || check("=")) {
            if (v.definitionPos() == null) {
                v.setDefinitionPos(posOf(d.name()));
            }
            v.setDefined(true);
            v.setExtern(false);
        }
        if (match("=")) {
            if (v.hasInitializer()) {
                error(d.name(), "redefinition of '" + name + "' (it already has an initializer)");
            }
            int errorsBefore = diags.errorCount();
            Initialized in = initializer(v.type());
            v.setType(in.type());
            v.setInitializer(in.items());
            v.setHasInitializer(true);
            InitItem bad = ConstEvaluator.fillData(v, in.items());
            if (bad != null && diags.errorCount() == errorsBefore) {
                error(bad.value().pos(), 1, "initializer element is not constant; a global needs a value known at compile time");
            }
        }
    }

    @Override
    Variable stringLiteral(StringUnits s, SourcePos pos) {
        Type elem = s.elementType();
        Type t = Type.arrayOf(elem, s.units().length + 1L);
        Variable v = new Variable("", ".L.str." + stringLiterals.size(), t, Variable.Kind.GLOBAL, pos, stringLiterals.size());
        v.setStatic(true);
        v.setDefined(true);
        v.setHasInitializer(true);
        int w = (int) elem.size();
        byte[] data = new byte[(int) t.size()];
        for (int i = 0; i < s.units().length; i++) {
            for (int b = 0; b < w; b++) {
                data[i * w + b] = (byte) (s.units()[i] >>> (8 * b));
            }
        }
        v.setData(data);
        stringLiterals.add(v);
        return v;
    }

    @Override
    Variable functionName(Token at) {
        if (currentFunction == null) {
            error(at, "'__func__' is only defined inside a function");
            return stringLiteral(new StringUnits(new int[0], Type.CHAR), posOf(at));
        }
        if (functionNameVar == null) {
            int[] units = currentFunction.name().chars().toArray();
            functionNameVar = stringLiteral(new StringUnits(units, Type.CHAR), posOf(at));
        }
        return functionNameVar;
    }

    @Override
    Expr compoundLiteral(Type type, Token start) {
        SourcePos pos = posOf(start);
        if (type.kind() == Type.Kind.VLA) {
            error(start, "a compound literal cannot have a variable length array type");
            type = Type.INT;
        }
        if (currentFunction == null) {
            Variable v = newGlobal("", uniqueName(".L.compound"), type, pos);
            v.setStatic(true);
            v.setDefined(true);
            int errorsBefore = diags.errorCount();
            Initialized in = initializer(type);
            v.setType(in.type());
            v.setInitializer(in.items());
            v.setHasInitializer(true);
            if (ConstEvaluator.fillData(v, in.items()) != null && diags.errorCount() == errorsBefore) {
                error(start, "initializer element is not constant");
            }
            return new Expr.VarRef(v, v.type(), pos);
        }
        Variable v = new Variable("", "", type, Variable.Kind.LOCAL, pos, currentFunction.locals().size());
        currentFunction.locals().add(v);
            Initialized in = initializer(type);
        v.setType(in.type());
        v.markAddressTaken();
        return new Expr.CompoundLiteral(v, in.items(), v.type(), pos);
    }
}
