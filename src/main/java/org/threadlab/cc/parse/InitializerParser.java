package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.List;

import org.threadlab.cc.Diagnostics;
import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.InitItem;
import org.threadlab.cc.lex.Token;
import org.threadlab.cc.lex.TokenKind;
import org.threadlab.cc.type.Member;
import org.threadlab.cc.type.Type;

/**
 * Initializers (C11 6.7.9), as chibicc's {@code initializer2}: braces, brace elision,
 * designators ({@code .member}, {@code [index]}, chains of them), string literals for char
 * arrays, and completion of {@code T a[]} from the number of elements. The result is flattened
 * into {@link InitItem}s; everything not named is zero.
 */
abstract class InitializerParser extends ExpressionParser {

    /** A parsed initializer: the (possibly completed) type and its stores. */
    record Initialized(Type type, List<InitItem> items) {
    }

    /** One object or subobject being initialized. */
    private static final class Node {
        final Type type;
        final List<Node> children = new ArrayList<>();
        Expr expr;
        int unionMember = -1;

        Node(Type type) {
            this.type = type;
        }
    }

    /** The object whose initializer is being parsed: braces may be elided only inside its braces. */
    private Node currentRoot;

    InitializerParser(List<Token> tokens, Diagnostics diags) {
        super(tokens, diags);
    }

    /** initializer for an object of type {@code t}. */
    Initialized initializer(Type t) {
        Node root = new Node(t);
        Node outer = currentRoot;
        currentRoot = root;
        try {
            initializer2(root);
        } finally {
            currentRoot = outer;
        }
        Type type = t;
        if (t.kind() == Type.Kind.ARRAY && t.arrayLength() < 0) {
            type = Type.arrayOf(t.base(), root.children.size()).withQualifiersOf(t);
        }
        List<InitItem> items = new ArrayList<>();
        flatten(root, type, 0, null, items);
        return new Initialized(type, items);
    }

    private Node child(Node n, int i) {
        Type t = n.type;
        while (n.children.size() <= i) {
            int k = n.children.size();
            Type ct = t.isArray() ? t.base() : t.members().get(k).type();
            n.children.add(new Node(ct));
        }
        return n.children.get(i);
    }

    private boolean isEnd() {
        return check("}") || check(",") && peek(1).is("}");
    }

    private boolean consumeEnd() {
        if (match("}")) {
            return true;
        }
        if (check(",") && peek(1).is("}")) {
            advance();
            advance();
            return true;
        }
        if (atEnd()) {
            throw syntaxError(peek(), "expected '}' to close the initializer");
        }
        return false;
    }

    private void initializer2(Node n) {
        enter("initializers nest too deeply");
        try {
            initializer2Inner(n);
        } finally {
            leave();
        }
    }

    private void initializer2Inner(Node n) {
        Type t = n.type;
        if (t.kind() == Type.Kind.VLA) {
            error(peek(), "a variable length array cannot have an initializer");
            skipInitializer();
            return;
        }
        if (t.isArray() && peek().kind() == TokenKind.STRING && t.base().isInteger()) {
            stringInitializer(n);
            return;
        }
        if (t.isArray()) {
            if (check("{") && peek(1).kind() == TokenKind.STRING && peek(2).is("}") && isStringInitializer(t)) {
                advance();
                stringInitializer(n);
                advance();
            } else if (check("{")) {
                arrayInitializer1(n);
            } else if (n == currentRoot) {
                Token at = peek();
                assignment();
                error(at, "an array needs a brace-enclosed initializer: '{ ... }'");
            } else {
                arrayInitializer2(n, 0, false);
            }
            return;
        }
        if (t.isStructOrUnion()) {
            if (!t.isComplete()) {
                error(peek(), "variable has incomplete type '" + t + "'");
                skipInitializer();
                return;
            }
            if (check("{")) {
                if (t.kind() == Type.Kind.UNION) {
                    unionInitializer1(n);
                } else {
                    structInitializer1(n);
                }
                return;
            }
            int save = current;
            int errorCount = diags.errorCount();
            Token at = peek();
            Expr e = assignment();
            if (e.type().isStructOrUnion() || n == currentRoot) {
                n.expr = assignConvert(e, t, "initializing", at);
                return;
            }
            if (diags.errorCount() > errorCount) {
                return; // already reported; do not report the same expression twice
            }
            current = save; // re-parsed below as the first member (a warning in it would repeat)
            if (t.kind() == Type.Kind.UNION) {
                n.unionMember = 0;
                initializer2(child(n, 0));
            } else {
                structInitializer2(n, 0, false);
            }
            return;
        }
        if (check("{")) {
            advance();
            initializer2(n);
            while (match(",")) {
                if (check("}")) {
                    break;
                }
                warning(peek(), "excess elements in scalar initializer");
                skipInitializer();
            }
            consume("}", "expected '}' after the scalar initializer");
            return;
        }
        Token at = peek();
        n.expr = assignConvert(assignment(), t, "initializing", at);
    }

    private boolean isStringInitializer(Type t) {
        return peek().kind() == TokenKind.STRING && t.base().isInteger()
                || check("{") && peek(1).kind() == TokenKind.STRING && t.base().isInteger();
    }

    private void stringInitializer(Node n) {
        Token at = peek();
        StringUnits s = adjacentStrings();
        Type elem = n.type.base();
        if (elem.size() != s.elementType().size()) {
            error(at, "array of '" + elem + "' initialized from a string literal of a different width");
            return;
        }
        long len = n.type.arrayLength();
        int count = s.units().length + 1;
        if (len >= 0 && s.units().length > len) {
            warning(at, "initializer-string for array of '" + elem + "' is too long");
        }
        int limit = len >= 0 ? (int) Math.min(len, count) : count;
        for (int i = 0; i < limit; i++) {
            long u = i < s.units().length ? s.units()[i] : 0;
            child(n, i).expr = new Expr.IntConst(ConstEvaluator.truncate(u, elem), elem.unqualified(), posOf(at));
        }
    }

    private void arrayInitializer1(Node n) {
        advance();
        long len = n.type.arrayLength();
        int i = 0;
        boolean first = true;
        while (!consumeEnd()) {
            if (!first) {
                consume(",", "expected ',' or '}' in the initializer list");
            }
            first = false;
            if (check("[")) {
                i = designatorInto(n) + 1;
                continue;
            }
            if (len >= 0 && i >= len) {
                if (i == len) {
                    warning(peek(), "excess elements in array initializer");
                }
                skipInitializer();
                i++;
                continue;
            }
            initializer2(child(n, i));
            i++;
        }
    }

    private long arrayDesignatorIndex(Node n) {
        Token open = advance();
        long idx = constantExpression();
        if (check("...")) {
            error(peek(), "designator ranges ('[a ... b] =') are not supported by ThreadLab yet");
            advance();
            constantExpression();
        }
        consume("]", "expected ']' after the array designator");
        long len = n.type.arrayLength();
        if (idx < 0 || len >= 0 && idx >= len) {
            error(open, "array index " + idx + " in initializer is out of bounds");
            return 0;
        }
        if (idx > 1_000_000) {
            error(open, "array designator index " + idx + " is too large");
            return 0;
        }
        return idx;
    }

    private void arrayInitializer2(Node n, int start, boolean afterDesignator) {
        long len = n.type.arrayLength();
        for (int i = start; (len < 0 || i < len) && !isEnd(); i++) {
            int save = current;
            if (i > start || afterDesignator) {
                consume(",", "expected ',' in the initializer list");
            }
            if (check("[") || check(".") || isEnd()) {
                current = save;
                return;
            }
            initializer2(child(n, i));
        }
    }

    /**
     * One designator ({@code [i]} or {@code .m}) applied to {@code n}, then either more
     * designators or '=' and the initializer. After a nested designator, the following
     * initializers continue in the same subobject (6.7.9p17). Returns the index designated in n.
     */
    private int designatorInto(Node n) {
        int index;
        Node c;
        if (check("[")) {
            if (!n.type.isArray()) {
                throw syntaxError(peek(), "array index in initializer of non-array type '" + n.type + "'");
            }
            index = (int) arrayDesignatorIndex(n);
            c = child(n, index);
        } else {
            advance();
            Token name = expectIdentifier("expected a member name after '.'");
            if (!n.type.isStructOrUnion()) {
                throw syntaxError(name, "member designator '." + name.text() + "' in initializer of non-struct type '" + n.type + "'");
            }
            List<Member> path = new ArrayList<>();
            if (!findMember(n.type, name.text(), path)) {
                throw syntaxError(name, "'" + n.type + "' has no member named '" + name.text() + "'");
            }
            index = n.type.members().indexOf(path.get(0));
            c = memberChild(n, path);
        }
        if (check("[") || check(".")) {
            int inner = designatorInto(c);
            if (c.type.isArray()) {
                arrayInitializer2(c, inner + 1, true);
            } else if (c.type.kind() == Type.Kind.STRUCT) {
                structInitializer2(c, inner + 1, true);
            }
            return index;
        }
        if (!match("=")) {
            throw syntaxError(peek(), "expected '=' after the designator");
        }
        if (c.type.kind() == Type.Kind.ARRAY && c.type.arrayLength() < 0 && n.type.isStructOrUnion()) {
            error(peek(), "initializing a flexible array member is not supported by ThreadLab yet");
            skipInitializer();
            return index;
        }
        initializer2(c);
        return index;
    }

    /** The child node at the end of a member path (through anonymous members), marking union choices. */
    private Node memberChild(Node n, List<Member> path) {
        Node cur = n;
        for (Member m : path) {
            int idx = cur.type.members().indexOf(m);
            if (cur.type.kind() == Type.Kind.UNION) {
                cur.unionMember = idx;
            }
            cur = child(cur, idx);
        }
        return cur;
    }

    private void structInitializer1(Node n) {
        advance();
        List<Member> members = n.type.members();
        int mi = 0;
        boolean first = true;
        while (!consumeEnd()) {
            if (!first) {
                consume(",", "expected ',' or '}' in the initializer list");
            }
            first = false;
            if (check(".")) {
                mi = designatorInto(n) + 1;
                continue;
            }
            if (check("[")) {
                throw syntaxError(peek(), "array index in initializer of non-array type '" + n.type + "'");
            }
            if (mi >= members.size()) {
                if (mi == members.size()) {
                    warning(peek(), "excess elements in struct initializer");
                }
                skipInitializer();
                mi++;
                continue;
            }
            structMember(n, mi);
            mi++;
        }
    }

    private void structMember(Node n, int mi) {
        Member m = n.type.members().get(mi);
        if (m.type().kind() == Type.Kind.ARRAY && m.type().arrayLength() < 0) {
            error(peek(), "initializing the flexible array member '" + m.name() + "' is not supported by ThreadLab yet");
            skipInitializer();
            return;
        }
        initializer2(child(n, mi));
    }

    private void structInitializer2(Node n, int start, boolean afterDesignator) {
        List<Member> members = n.type.members();
        for (int mi = start; mi < members.size() && !isEnd(); mi++) {
            int save = current;
            if (mi > start || afterDesignator) {
                consume(",", "expected ',' in the initializer list");
            }
            if (check("[") || check(".") || isEnd()) {
                current = save;
                return;
            }
            structMember(n, mi);
        }
    }

    private void unionInitializer1(Node n) {
        advance();
        if (check(".")) {
            designatorInto(n);
        } else if (!check("}")) {
            n.unionMember = 0;
            initializer2(child(n, 0));
        }
        while (match(",")) {
            if (check("}")) {
                break;
            }
            warning(peek(), "excess elements in union initializer");
            skipInitializer();
        }
        consume("}", "expected '}' after the union initializer");
    }

    private void skipInitializer() {
        if (check("{")) {
            int level = 0;
            do {
                Token t = advance();
                if (t.is("{")) {
                    level++;
                } else if (t.is("}")) {
                    level--;
                }
            } while (level > 0 && !atEnd());
            return;
        }
        assignment();
    }

    private void flatten(Node n, Type t, long offset, Member bitField, List<InitItem> out) {
        if (n.expr != null) {
            out.add(bitField == null ? new InitItem(offset, t.unqualified(), n.expr)
                    : new InitItem(offset, t.unqualified(), n.expr, bitField.bitOffset(), bitField.bitWidth()));
            return;
        }
        if (t.isArray()) {
            long elemSize = t.base().size();
            for (int i = 0; i < n.children.size(); i++) {
                flatten(n.children.get(i), t.base(), offset + i * elemSize, null, out);
            }
            return;
        }
        if (t.isStructOrUnion()) {
            List<Member> members = t.members();
            for (int i = 0; i < n.children.size(); i++) {
                if (t.kind() == Type.Kind.UNION && i != n.unionMember) {
                    continue;
                }
                Member m = members.get(i);
                flatten(n.children.get(i), m.type(), offset + m.offset(), m.isBitField() ? m : null, out);
            }
        }
    }
}
