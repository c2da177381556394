package org.threadlab.vm.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The code generator's emitters: FunctionBuilder and ProgramBuilder. */
class ProgramBuilderTests {

    @Test
    void labelsMayBeBoundAfterTheJumpsThatUseThem() {
        FunctionBuilder f = new FunctionBuilder("f");
        Label done = f.newLabel();
        f.op(Op.CONST, 0).jump(Op.JUMP_IF_ZERO, done).op(Op.CONST, 1).op(Op.RET).bind(done).op(Op.CONST, 2).op(Op.RET);
        assertThat(f.build(0, 0, 0, false).code)
                .containsExactly(Op.CONST, 0, Op.JUMP_IF_ZERO, 7, Op.CONST, 1, Op.RET, Op.CONST, 2, Op.RET);
    }

    @Test
    void lookupSwitchKeysAreSorted() {
        FunctionBuilder f = new FunctionBuilder("f");
        Label a = f.newLabel();
        Label b = f.newLabel();
        Label other = f.newLabel();
        f.op(Op.CONST, 5).lookupSwitch(other, new long[] {9, -1}, new Label[] {a, b});
        f.bind(a).bind(b).bind(other);
        f.op(Op.CONST, 0).op(Op.RET);
        int[] code = f.build(0, 0, 0, false).code;
        assertThat(code).startsWith(Op.CONST, 5, Op.LOOKUP_SWITCH, 2, 11, -1, -1, 11, 0, 9, 11);
    }

    @Test
    void misuseIsRejectedAtOnce() {
        FunctionBuilder f = new FunctionBuilder("f");
        assertThatThrownBy(() -> f.op(Op.CONST)).hasMessage("CONST takes 1 operands, got 0");
        assertThatThrownBy(() -> f.op(Op.JUMP, 3)).hasMessage("JUMP takes labels: use jump or the switch methods");
        assertThatThrownBy(() -> f.jump(Op.RET, f.newLabel())).hasMessage("RET is not a jump");
        f.jump(Op.JUMP, f.newLabel());
        assertThatThrownBy(() -> f.build(0, 0, 0, false)).hasMessage("a jump in f goes to a label that was never bound");
    }

    @Test
    void programsInternStringsConstantsAndBuiltinsInOrderOfFirstUse() {
        ProgramBuilder pb = new ProgramBuilder();
        byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
        assertThat(pb.string(hi)).isZero();
        assertThat(pb.string("other".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(pb.string(hi.clone())).isZero();
        assertThat(pb.constant(1L << 40)).isZero();
        assertThat(pb.constant(1L << 40)).isZero();
        assertThat(pb.builtin("printf")).isZero();
        assertThat(pb.builtin("malloc")).isEqualTo(1);
        int later = pb.function("later");
        FunctionBuilder main = new FunctionBuilder("main").op(Op.CALL, later, 0).op(Op.RET);
        assertThat(pb.define(main.build(0, 0, 0, false))).isEqualTo(1);
        assertThat(pb.undefinedFunctions()).containsExactly("later");
        assertThatThrownBy(pb::build).hasMessage("function later is used but never defined");
        pb.define(new FunctionBuilder("later").op(Op.CONST, 0).op(Op.RET).build(0, 0, 0, false));
        pb.define(Global.zeroed("g", 4));
        Program p = pb.build();
        assertThat(p.functions()).extracting(fn -> fn.name).containsExactly("later", "main");
        assertThat(p.string(0)).containsExactly('h', 'i', 0);
        assertThat(p.builtins()).isEqualTo(List.of("printf", "malloc"));
        assertThat(p.constant(0)).isEqualTo(1L << 40);
    }

    @Test
    void definitionsHappenOnce() {
        ProgramBuilder pb = new ProgramBuilder();
        pb.define(Global.zeroed("g", 4));
        assertThatThrownBy(() -> pb.define(Global.zeroed("g", 4))).hasMessage("global g is defined twice");
        pb.global("h");
        assertThatThrownBy(pb::build).hasMessage("global h is used but never defined");
    }
}
