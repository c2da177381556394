package org.threadlab.cc.gen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threadlab.cc.ast.Expr;
import org.threadlab.cc.ast.Function;
import org.threadlab.cc.ast.Stmt;
import org.threadlab.cc.ast.Variable;
import org.threadlab.cc.gen.Code.CodeLabel;
import org.threadlab.cc.type.Type;
import org.threadlab.cc.type.TypeRules;
import org.threadlab.vm.code.Op;

/**
 * One function: the prologue (old-style parameters converted from their promoted types,
 * address-taken parameters copied from their slots to frame memory), the statements, and the
 * final {@code CONST 0; RET} for falling off the end. Switches become TABLE_SWITCH when their
 * case values are dense, else LOOKUP_SWITCH. Each VLA declaration first saves the stack top (a
 * mark); leaving the VLA's block, by its end, break, continue or a goto to a label outside the
 * VLA's scope, restores the mark, so the memory is given back and a re-entered block allocates
 * anew. (A forward goto to a label inside a statement expression restores nothing.)
 * A break, continue or goto out of a statement expression first pops what the enclosing
 * expression had pushed (see {@link Code}).
 *
 * <p>SV-COMP: a function the program defines whose name starts with {@code __VERIFIER_atomic_}
 * runs as one atomic section: it calls the library's {@code __VERIFIER_atomic_begin} at entry and
 * {@code __VERIFIER_atomic_end} before every return, falling off the end included (a longjmp out
 * of it leaves the section open).
 */
final class FunctionGenerator extends ExpressionGenerator {
    private final Map<String, CodeLabel> labels = new TreeMap<>();
    private final Map<Integer, CodeLabel> caseLabels = new TreeMap<>();
    private final Deque<Target> targets = new ArrayDeque<>();
    /** The slots holding the stack top saved before each VLA in scope, outermost first. */
    private final List<Integer> vlaMarks = new ArrayList<>();
    /** How many VLAs are in scope at each label of the body's statements (see {@link VlaDepths}). */
    private Map<String, Integer> labelVlaDepths = Map.of();
    private final boolean atomicSection;

    /** A break (and for loops, continue) destination, with the VLA marks depth at its entry. */
    private record Target(CodeLabel breakLabel, CodeLabel continueLabel, int vlaDepth, int stackDepth) {
    }

    FunctionGenerator(CodeGenerator program, Function fn) {
        super(program, fn);
        this.atomicSection = isVerifierAtomic(fn.name());
    }

    /** __VERIFIER_atomic_*, except the begin and end functions themselves. */
    private static boolean isVerifierAtomic(String name) {
        return name.startsWith("__VERIFIER_atomic_") && !name.equals("__VERIFIER_atomic_begin")
                && !name.equals("__VERIFIER_atomic_end");
    }

    /**
     * In an atomic function, calls the library's {@code __VERIFIER_atomic_begin} or
     * {@code __VERIFIER_atomic_end} and drops its result, so the operand stack is unchanged.
     */
    private void atomicSectionCall(String name) {
        if (atomicSection) {
            fb.op(Op.BUILTIN, program.libraryFunction(name, fn.pos()), 0);
            fb.op(Op.POP);
        }
    }

    org.threadlab.vm.code.Function generate() {
        at(fn.pos());
        atomicSectionCall("__VERIFIER_atomic_begin");
        prologue();
        labelVlaDepths = VlaDepths.ofLabels(fn.body());
        statement(fn.body());
        atomicSectionCall("__VERIFIER_atomic_end");
        fb.op(Op.CONST, 0);
        fb.op(Op.RET);
        int params = fn.params().size() + slotShift;
        return fb.build(params, Math.max(slotCount(), params), frameSize(), fn.type().isVariadic());
    }

    private void prologue() {
        for (Variable p : fn.params()) {
            Type t = p.type();
            int slot = slotOf(p);
            if (fn.isOldStyle() && t.isArithmetic()) {
                Type promoted = TypeRules.argumentPromote(t);
                if (promoted.kind() != t.kind() || promoted.size() != t.size()) {
                    fb.op(Op.LOAD_SLOT, slot);
                    convert(promoted, t);
                    fb.op(Op.STORE_SLOT, slot);
                }
            }
            if (inMemory(p)) {
                fb.op(Op.FRAME_ADDR, frameOffsetOf(p));
                fb.op(Op.LOAD_SLOT, slot);
                store(t);
            }
        }
    }

    @Override
    void statement(Stmt s) {
        int mark = slotMark();
        statementBody(s);
        releaseSlots(mark);
    }

    private void statementBody(Stmt s) {
        at(s.pos());
        if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.ExprStmt e) {
            value(e.expr());
            fb.op(Op.POP);
        } else if (s instanceof Stmt.If i) {
            CodeLabel otherwise = fb.newLabel();
            CodeLabel end = fb.newLabel();
            condition(i.cond());
            fb.jump(Op.JUMP_IF_ZERO, otherwise);
            statement(i.then());
            fb.jump(Op.JUMP, end);
            fb.bind(otherwise);
            if (i.otherwise() != null) {
                statement(i.otherwise());
            }
            fb.bind(end);
        } else if (s instanceof Stmt.While w) {
            CodeLabel top = fb.newLabel();
            CodeLabel end = fb.newLabel();
            fb.bind(top);
            condition(w.cond());
            fb.jump(Op.JUMP_IF_ZERO, end);
            loopBody(w.body(), end, top);
            fb.jump(Op.JUMP, top);
            fb.bind(end);
        } else if (s instanceof Stmt.DoWhile d) {
            CodeLabel top = fb.newLabel();
            CodeLabel next = fb.newLabel();
            CodeLabel end = fb.newLabel();
            fb.bind(top);
            loopBody(d.body(), end, next);
            fb.bind(next);
            condition(d.cond());
            fb.jump(Op.JUMP_IF_NOT_ZERO, top);
            fb.bind(end);
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.Switch sw) {
            switchStatement(sw);
        } else if (s instanceof Stmt.Case c) {
            fb.bind(caseLabel(c.id()));
            statement(c.body());
        } else if (s instanceof Stmt.Break) {
            Target t = targets.peek();
            restoreVlas(t.vlaDepth());
            fb.popTo(t.stackDepth());
            fb.jump(Op.JUMP, t.breakLabel());
        } else if (s instanceof Stmt.Continue) {
            for (Target t : targets) {
                if (t.continueLabel() != null) {
                    restoreVlas(t.vlaDepth());
                    fb.popTo(t.stackDepth());
                    fb.jump(Op.JUMP, t.continueLabel());
                    break;
                }
            }
        } else if (s instanceof Stmt.Label l) {
            fb.bind(label(l.name()));
            statement(l.body());
        } else if (s instanceof Stmt.Goto g) {
            CodeLabel target = label(g.label());
            restoreVlas(labelVlaDepths.getOrDefault(g.label(), vlaMarks.size()));
            fb.popTo(Math.max(fb.depthAt(target), 0));
            fb.jump(Op.JUMP, target);
        } else if (s instanceof Stmt.Return r) {
            returnStatement(r);
        } else if (s instanceof Stmt.Decl d) {
            declaration(d);
        } else if (!(s instanceof Stmt.Empty)) {
            throw new GenError("unknown statement " + s.getClass().getSimpleName());
        }
    }

    private CodeLabel label(String name) {
        return labels.computeIfAbsent(name, k -> fb.newLabel());
    }

    private CodeLabel caseLabel(int id) {
        return caseLabels.computeIfAbsent(id, k -> fb.newLabel());
    }

    private void loopBody(Stmt body, CodeLabel breakLabel, CodeLabel continueLabel) {
        targets.push(new Target(breakLabel, continueLabel, vlaMarks.size(), fb.statementDepth));
        statement(body);
        targets.pop();
    }

    private void forLoop(Stmt.For f) {
        int vlaDepth = vlaMarks.size();
        if (f.init() instanceof Stmt.Block b) { // its declarations stay in scope for the loop
            blockItems(b);
        } else if (f.init() != null) {
            statement(f.init());
        }
        CodeLabel top = fb.newLabel();
        CodeLabel next = fb.newLabel();
        CodeLabel end = fb.newLabel();
        fb.bind(top);
        if (f.cond() != null) {
            condition(f.cond());
            fb.jump(Op.JUMP_IF_ZERO, end);
        }
        loopBody(f.body(), end, next);
        fb.bind(next);
        if (f.step() != null) {
            value(f.step());
            fb.op(Op.POP);
        }
        fb.jump(Op.JUMP, top);
        fb.bind(end);
        leaveVlaScope(vlaDepth);
    }

    private void block(Stmt.Block b) {
        int vlaDepth = vlaMarks.size();
        blockItems(b);
        leaveVlaScope(vlaDepth);
    }

    /** The block's statements, each VLA declaration preceded by saving its mark (a slot that lives as long as the block). */
    private void blockItems(Stmt.Block b) {
        for (Stmt st : b.stmts()) {
            if (VlaDepths.declaresVla(st)) {
                int mark = tempSlot();
                fb.op(Op.STACK_SAVE);
                fb.op(Op.STORE_SLOT, mark);
                vlaMarks.add(mark);
            }
            statement(st);
        }
    }

    /** Frees the VLAs declared since depth {@code depth} and forgets their marks. */
    private void leaveVlaScope(int depth) {
        restoreVlas(depth);
        while (vlaMarks.size() > depth) {
            vlaMarks.remove(vlaMarks.size() - 1);
        }
    }

    private void restoreVlas(int depth) {
        if (vlaMarks.size() > depth) {
            fb.op(Op.LOAD_SLOT, vlaMarks.get(depth));
            fb.op(Op.STACK_RESTORE);
        }
    }

    private void switchStatement(Stmt.Switch sw) {
        Type t = sw.cond().type();
        value(sw.cond());
        CodeLabel end = fb.newLabel();
        CodeLabel otherwise = sw.defaultCase() != null ? caseLabel(sw.defaultCase().id()) : end;
        List<Stmt.Case> cases = new ArrayList<>();
        for (Stmt.Case c : sw.cases()) {
            if (!c.isDefault()) {
                cases.add(c);
            }
        }
        if (cases.isEmpty()) {
            fb.op(Op.POP);
            fb.jump(Op.JUMP, otherwise);
        } else {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long[] keys = new long[cases.size()];
            CodeLabel[] labelsOf = new CodeLabel[cases.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = canonical(cases.get(i).value(), t);
                labelsOf[i] = caseLabel(cases.get(i).id());
                min = Math.min(min, keys[i]);
                max = Math.max(max, keys[i]);
            }
            boolean dense = min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE
                    && max - min + 1 <= 2L * keys.length + 8;
            if (dense) {
                List<CodeLabel> table = new ArrayList<>();
                for (long v = min; v <= max; v++) {
                    table.add(otherwise);
                }
                for (int i = 0; i < keys.length; i++) {
                    table.set((int) (keys[i] - min), labelsOf[i]);
                }
                fb.tableSwitch((int) min, otherwise, table);
            } else {
                fb.lookupSwitch(otherwise, keys, labelsOf);
            }
        }
        targets.push(new Target(end, null, vlaMarks.size(), fb.statementDepth));
        statement(sw.body());
        targets.pop();
        fb.bind(end);
    }

    private void returnStatement(Stmt.Return r) {
        Expr v = r.value();
        if (v == null) {
            fb.op(Op.CONST, 0);
        } else if (slotShift == 1 && v.type().isStructOrUnion()) {
            fb.op(Op.LOAD_SLOT, 0);
            address(v);
            fb.op(Op.STRUCT_COPY, sizeOf(v.type()));
            fb.op(Op.LOAD_SLOT, 0);
        } else {
            value(v);
        }
        at(r.pos());
        atomicSectionCall("__VERIFIER_atomic_end");
        fb.op(Op.RET);
    }

    private void declaration(Stmt.Decl d) {
        Variable v = d.var();
        if (!v.isLocal()) {
            return;
        }
        if (v.type().kind() == Type.Kind.VLA) {
            fb.op(Op.FRAME_ADDR, frameOffsetOf(v));
            sizeValue(v.type());
            fb.op(Op.ALLOCA);
            fb.op(Op.STORE_64);
            return;
        }
        initialize(v, d.init());
    }
}
