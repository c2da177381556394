package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.type.Aggregate;
import org.threadlab.cc.type.Member;
import org.threadlab.cc.type.Type;

/**
 * Struct, union and enum specifiers (C11 6.7.2.1-6.7.2.3) with their tag scopes, forward
 * declarations, anonymous members and enumeration constants; also the GNU attribute skipping
 * and {@code _Static_assert} that declarations share.
 */
abstract class TagParser extends ParserBase {

    /** The specifiers of one declaration. */
    record DeclSpec(Type type, boolean isTypedef, boolean isStatic, boolean isExtern, boolean isInline,
                    int alignas, boolean implicitInt, boolean isNoreturn) {
    }

    /** A declarator's result: the declared name (null when abstract) and type. */
    record Declarator(Token name, Type type, SourcePos pos) {
        String nameText() {
            return name == null ? null : name.text();
        }
    }

    TagParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** declaration-specifiers; provided by the declaration parser. */
    abstract DeclSpec declarationSpecifiers();

    /** declarator; provided by the declaration parser. */
    abstract Declarator declarator(Type base, boolean abstractAllowed);

    /** The value of an integer constant expression; reports and returns 0 when not constant. */
    abstract long constantExpression();

    /** Skips {@code __attribute__((...))}, {@code __asm__("...")} and {@code __extension__}; all accepted and ignored. */
    void skipAttributes() {
        while (check("__attribute__") || check("__attribute") || check("__asm__") || check("__asm")
                || check("asm") || check("__extension__")) {
            advance();
            if (previous().is("__extension__")) {
                continue;
            }
            consume("(", "expected '(' after '" + previous().text() + "'");
            int level = 1;
            while (level > 0 && !atEnd()) {
                Token t = advance();
                if (t.is("(")) {
                    level++;
                } else if (t.is(")")) {
                    level--;
                }
            }
        }
    }

    /** struct-or-union-specifier after 'struct' or 'union'. */
    /** The layout attributes ThreadLab honours: {@code packed} and {@code aligned(n)} (0 when absent). */
    record LayoutAttributes(boolean packed, int aligned) {
        LayoutAttributes merge(LayoutAttributes o) {
            return new LayoutAttributes(packed || o.packed, Math.max(aligned, o.aligned));
        }
    }

    /**
     * {@code __attribute__((...))} lists (and {@code __extension__}), returning packed/aligned;
     * every other attribute is accepted and ignored.
     */
    LayoutAttributes layoutAttributes() {
        LayoutAttributes result = new LayoutAttributes(false, 0);
        while (check("__attribute__") || check("__attribute") || check("__extension__")) {
            if (advance().is("__extension__")) {
                continue;
            }
            consume("(", "expected '((' after '__attribute__'");
            consume("(", "expected '((' after '__attribute__'");
            while (!check(")") && !atEnd()) {
                Token name = advance();
                String n = name.text().replaceAll("^__(.*)__$", "$1");
                if (n.equals("packed")) {
                    result = result.merge(new LayoutAttributes(true, 0));
                }
                if (check("(")) {
                    if (n.equals("aligned")) {
                        advance();
                        long a = constantExpression();
                        consume(")", "expected ')' after the alignment");
                        if (a <= 0 || (a & (a - 1)) != 0) {
                            error(name, "requested alignment " + a + " is not a positive power of 2");
                        } else {
                            result = result.merge(new LayoutAttributes(false, (int) Math.min(a, 1 << 28)));
                        }
                    } else {
                        int level = 0;
                        do {
                            Token t = advance();
                            level += t.is("(") ? 1 : t.is(")") ? -1 : 0;
                        } while (level > 0 && !atEnd());
                    }
                } else if (n.equals("aligned")) {
                    result = result.merge(new LayoutAttributes(false, 16));
                }
                if (!match(",")) {
                    break;
                }
            }
            consume(")", "expected '))' after the attribute list");
            consume(")", "expected '))' after the attribute list");
        }
        return result;
    }

    Type structOrUnionSpecifier(boolean union) {
        LayoutAttributes before = layoutAttributes();
        String kindWord = union ? "union" : "struct";
        Token tag = null;
        if (isIdentifier(peek())) {
            tag = advance();
            before = before.merge(layoutAttributes());
        }
        if (tag != null && !check("{")) {
            Type existing = lookupTag(tag.text());
            boolean declarationOnly = check(";");
            if (existing != null && !(declarationOnly && innermost().tags.get(tag.text()) == null)) {
                if (!existing.isStructOrUnion() || existing.aggregate().isUnion() != union) {
                    error(tag, "'" + tag.text() + "' defined as wrong kind of tag");
                }
                return existing;
            }
            Type t = Type.struct(new Aggregate(tag.text(), union));
            innermost().tags.put(tag.text(), t);
            return t;
        }
        if (tag == null && !check("{")) {
            throw syntaxError(peek(), "expected a tag name or '{' after '" + kindWord + "'");
        }
        Token brace = advance();
        Type t = null;
        if (tag != null) {
            Type existing = innermost().tags.get(tag.text());
            if (existing != null && existing.isStructOrUnion() && existing.aggregate().isUnion() == union) {
                if (existing.aggregate().isComplete()) {
                    error(tag, "redefinition of '" + kindWord + " " + tag.text() + "'");
                } else {
                    t = existing;
                }
            }
        }
        if (t == null) {
            t = Type.struct(new Aggregate(tag == null ? null : tag.text(), union));
            if (tag != null) {
                innermost().tags.put(tag.text(), t);
            }
        }
        List<Integer> alignas = new ArrayList<>();
        List<Member> members = structDeclarationList(brace, alignas);
        LayoutAttributes layout = before.merge(layoutAttributes());
        t.aggregate().complete(members, alignas, layout.aligned(), layout.packed());
        return t;
    }

    private List<Member> structDeclarationList(Token brace, List<Integer> alignas) {
        List<Member> members = new ArrayList<>();
        while (!match("}")) {
            if (atEnd()) {
                throw syntaxError(brace, "this '{' is never closed; expected '}'");
            }
            try {
                structDeclaration(members, alignas);
            } catch (SyntaxError e) {
                if (e instanceof TooDeep) {
                    throw e;
                }
                synchronize();
            }
        }
        for (int i = 0; i < members.size() - 1; i++) {
            Member m = members.get(i);
            if (m.type().kind() == Type.Kind.ARRAY && m.type().arrayLength() < 0) {
                error(m.pos(), 1, "flexible array member '" + m.name() + "' must be the last member");
            }
        }
        return members;
    }

    private void structDeclaration(List<Member> members, List<Integer> alignas) {
        if (check("_Static_assert")) {
            staticAssert();
            return;
        }
        Token start = peek();
        if (!isTypeName(start)) {
            throw syntaxError(start, "expected a member declaration, not '" + start + "'");
        }
        DeclSpec spec = declarationSpecifiers();
        if (spec.type().isStructOrUnion() && match(";")) {
            if (spec.type().aggregate().tag() == null) {
                members.add(new Member(null, spec.type(), 0, posOf(start)));
                alignas.add(spec.alignas());
            } else {
                warning(start, "declaration does not declare anything");
            }
            return;
        }
        while (true) {
            Declarator d = declarator(spec.type(), true);
            if (check(":")) {
                bitField(d, spec, members, alignas);
                if (!match(",")) {
                    break;
                }
                continue;
            } else if (d.name() == null) {
                throw syntaxError(peek(), "expected a member name");
            }
            Type mt = d.type();
            boolean flexible = mt.kind() == Type.Kind.ARRAY && mt.arrayLength() < 0;
            if (mt.kind() == Type.Kind.VLA) {
                error(d.pos(), 1, "member '" + d.nameText() + "' cannot be a variable length array");
                mt = Type.arrayOf(mt.base(), 1);
            } else if (!mt.isComplete() && !flexible) {
                error(d.pos(), 1, "field '" + d.nameText() + "' has incomplete type '" + mt + "'");
                mt = Type.INT;
            }
            if (d.name() != null) {
                for (Member m : members) {
                    if (d.nameText().equals(m.name())) {
                        error(d.name(), "duplicate member '" + d.nameText() + "'");
                    }
                }
                members.add(new Member(d.nameText(), mt, 0, d.pos()));
                alignas.add(spec.alignas());
            }
            if (!match(",")) {
                break;
            }
        }
        consume(";", "expected ';' after the member declaration");
    }

    /** The width and checks of a bit-field declarator, at its ':'. */
    private void bitField(Declarator d, DeclSpec spec, List<Member> members, List<Integer> alignas) {
        Token colon = advance();
        long width = constantExpression();
        String label = d.name() == null ? "unnamed bit-field" : "bit-field '" + d.nameText() + "'";
        Type t = d.type();
        if (!t.isInteger()) {
            error(colon, label + " has invalid type '" + t + "'; use an integer type");
        } else if (width < 0) {
            error(colon, "negative width in " + label);
        } else if (width > (t.kind() == Type.Kind.BOOL ? 1 : t.size() * 8)) {
            error(colon, "width of " + label + " exceeds its type (" + (t.kind() == Type.Kind.BOOL ? "1 bit" : t.size() * 8 + " bits") + ")");
        } else if (width == 0 && d.name() != null) {
            error(colon, "zero width for " + label);
        } else {
            for (Member m : members) {
                if (d.name() != null && d.nameText().equals(m.name())) {
                    error(d.name(), "duplicate member '" + d.nameText() + "'");
                }
            }
            members.add(Member.bitField(d.nameText(), t, (int) width, d.pos()));
            alignas.add(spec.alignas());
        }
    }

    /** enum-specifier after 'enum'. */
    Type enumSpecifier() {
        skipAttributes();
        Token tag = isIdentifier(peek()) ? advance() : null;
        if (tag != null && !check("{")) {
            Type existing = lookupTag(tag.text());
            if (existing != null) {
                if (existing.kind() != Type.Kind.ENUM) {
                    error(tag, "'" + tag.text() + "' defined as wrong kind of tag");
                }
                return existing;
            }
            Type t = Type.enumType(tag.text());
            innermost().tags.put(tag.text(), t);
            return t;
        }
        Token brace = consume("{", "expected '{' after 'enum'");
        Type t = Type.enumType(tag == null ? null : tag.text());
        if (tag != null) {
            innermost().tags.put(tag.text(), t);
        }
        long value = 0;
        while (!match("}")) {
            if (atEnd()) {
                throw syntaxError(brace, "this '{' is never closed; expected '}'");
            }
            Token name = expectIdentifier("expected an enumerator name, not '" + peek() + "'");
            if (match("=")) {
                value = constantExpression();
            }
            if (innermost().ordinary.containsKey(name.text())) {
                error(name, "redeclaration of '" + name.text() + "'");
            }
            innermost().ordinary.put(name.text(), new Scope.EnumConst(value, Type.INT));
            value++;
            if (!match(",")) {
                consume("}", "expected ',' or '}' after the enumerator");
                break;
            }
        }
        return t;
    }

    /** {@code _Static_assert(constant-expression, "message");} */
    void staticAssert() {
        Token kw = advance();
        consume("(", "expected '(' after '_Static_assert'");
        long v = constantExpression();
        String msg = "";
        if (match(",")) {
            Token m = advance();
            msg = m.text();
        }
        consume(")", "expected ')' after the static assertion");
        consume(";", "expected ';' after the static assertion");
        if (v == 0) {
            error(kw, "static assertion failed" + (msg.isEmpty() ? "" : ": " + msg));
        }
    }
}
