package org.threadlab.cc.gen;

import java.util.Map;
import java.util.TreeMap;

import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.type.Type;

/**
 * How many VLAs are in scope at each label of a function body, counted as
 * {@link FunctionGenerator} counts its VLA marks (a block's own VLA declarations, a for
 * statement's declarations for the loop). A goto frees the VLAs beyond its label's count, which
 * for a forward goto is known only from this pass. Labels inside statement expressions are not
 * visited.
 */
final class VlaDepths {
    private final Map<String, Integer> depths = new TreeMap<>();

    private VlaDepths() {
    }

    static Map<String, Integer> ofLabels(Stmt body) {
        VlaDepths v = new VlaDepths();
        v.visit(body, 0);
        return v.depths;
    }

    /** True for the declaration of a local VLA (its memory comes from ALLOCA). */
    static boolean declaresVla(Stmt s) {
        return s instanceof Stmt.Decl d && d.var().isLocal() && d.var().type().kind() == Type.Kind.VLA;
    }

    private int items(Stmt.Block b, int depth) {
        for (Stmt st : b.stmts()) {
            if (declaresVla(st)) {
                depth++;
            }
            visit(st, depth);
        }
        return depth;
    }

    private void visit(Stmt s, int depth) {
        if (s instanceof Stmt.Block b) {
            items(b, depth);
        } else if (s instanceof Stmt.Label l) {
            depths.putIfAbsent(l.name(), depth);
            visit(l.body(), depth);
        } else if (s instanceof Stmt.If i) {
            visit(i.then(), depth);
            if (i.otherwise() != null) {
                visit(i.otherwise(), depth);
            }
        } else if (s instanceof Stmt.While w) {
            visit(w.body(), depth);
        } else if (s instanceof Stmt.DoWhile d) {
            visit(d.body(), depth);
        } else if (s instanceof Stmt.For f) {
            int inner = f.init() instanceof Stmt.Block b ? items(b, depth) : depth;
            visit(f.body(), inner);
        } else if (s instanceof Stmt.Switch sw) {
            visit(sw.body(), depth);
        } else if (s instanceof Stmt.Case c) {
            visit(c.body(), depth);
        }
    }
}
