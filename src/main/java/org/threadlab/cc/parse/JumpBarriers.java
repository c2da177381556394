package org.threadlab.cc.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions of a function a {@code goto} or a switch's jump to a case may leave but not enter
 * from outside (C11 6.8.4.2, 6.8.6.1, GCC's statement expressions): a statement expression, and
 * the rest of a block after the
 * declaration of an identifier with a variably modified type. The parser keeps the regions open
 * at the current point; a label and a goto each take a {@link #snapshot()}, and once the function
 * is parsed {@link #enteredBy} says which region, if any, a goto would jump into.
 */
final class JumpBarriers {
    static final String STATEMENT_EXPRESSION = "statement expression";
    static final String VARIABLY_MODIFIED = "scope of identifier with variably modified type";

    /** An open region: a number unique in the function and what it is, as gcc's errors name it. */
    record Barrier(int id, String what) {
        /** gcc's error for a goto into the region. */
        String gotoError() {
            return "jump into " + what;
        }

        /** gcc's error for a case or default label inside the region whose switch is outside it. */
        String switchError() {
            return "switch jumps into " + what;
        }
    }

    private final List<Barrier> open = new ArrayList<>();
    private final List<Integer> depthAtScope = new ArrayList<>();
    private int nextId;

    /** Forgets everything before a function body. */
    void reset() {
        open.clear();
        depthAtScope.clear();
        nextId = 0;
    }

    /** Opens a region that ends with {@link #leave()} or, for a declaration, with its block. */
    void enter(String what) {
        open.add(new Barrier(nextId++, what));
    }

    /** Closes the innermost region (a statement expression). */
    void leave() {
        open.remove(open.size() - 1);
    }

    /** A block scope starts: regions opened inside it end with it. */
    void enterScope() {
        depthAtScope.add(open.size());
    }

    /** A block scope ends, and with it the regions of the declarations it held. */
    void leaveScope() {
        if (depthAtScope.isEmpty()) {
            return;
        }
        int depth = depthAtScope.remove(depthAtScope.size() - 1);
        while (open.size() > depth) {
            open.remove(open.size() - 1);
        }
    }

    /** The regions open here, outermost first. */
    List<Barrier> snapshot() {
        return List.copyOf(open);
    }

    /** The outermost region open at a label that is not open at a goto (or switch) to it, or null (a legal jump). */
    static Barrier enteredBy(List<Barrier> atGoto, List<Barrier> atLabel) {
        for (Barrier b : atLabel) {
            if (!atGoto.contains(b)) {
                return b;
            }
        }
        return null;
    }
}
