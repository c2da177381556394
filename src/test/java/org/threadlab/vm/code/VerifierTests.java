package org.threadlab.vm.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Malformed code is a code generator bug, caught when the Program is built. */
class VerifierTests {

    private static Program program(int... code) {
        Function f = new Function("f", 0, 1, 0, false, code, LineTable.EMPTY);
        return new Program(List.of(f), List.of(), List.of(), new long[0], List.of());
    }

    @Test
    void computesTheDeepestOperandStack() {
        Program p = program(Op.CONST, 1, Op.CONST, 2, Op.CONST, 3, Op.ADD_I64, Op.ADD_I64, Op.RET);
        assertThat(p.function(0).maxStack()).isEqualTo(3);
    }

    @Test
    void rejectsStackUnderflow() {
        assertThatThrownBy(() -> program(Op.ADD_I64, Op.RET))
                .hasMessage("function f, code 0: ADD_I64 needs 2 values on the stack, has 0");
    }

    @Test
    void rejectsFallingOffTheEnd() {
        assertThatThrownBy(() -> program(Op.CONST, 1))
                .hasMessage("function f, code 0: control falls off the end of the function");
    }

    @Test
    void rejectsJumpsIntoTheMiddleOfAnInstruction() {
        assertThatThrownBy(() -> program(Op.CONST, 1, Op.JUMP, 1))
                .hasMessage("function f, code 2: jump to 1, which is not the start of an instruction");
    }

    @Test
    void rejectsDifferentStackDepthsWhereFlowsMerge() {
        // if (x) push 1; join: RET
        assertThatThrownBy(() -> program(Op.CONST, 0, Op.JUMP_IF_ZERO, 6, Op.CONST, 1, Op.CONST, 2, Op.RET))
                .hasMessageContaining("stack depth");
    }

    @Test
    void rejectsOperandsOutOfRange() {
        assertThatThrownBy(() -> program(Op.LOAD_SLOT, 1, Op.RET))
                .hasMessage("function f, code 0: LOAD_SLOT refers to slot 1 of 1");
        assertThatThrownBy(() -> program(Op.GLOBAL_ADDR, 0, Op.RET))
                .hasMessage("function f, code 0: GLOBAL_ADDR refers to global 0 of 0");
        assertThatThrownBy(() -> program(999))
                .hasMessage("function f, code 0: unknown opcode 999");
        assertThatThrownBy(() -> program(Op.TABLE_SWITCH, 0, 5, 0))
                .hasMessage("function f, code 0: TABLE_SWITCH is cut off by the end of the code");
    }

    @Test
    void rejectsCallsWithTheWrongArgumentCount() {
        Function g = new Function("g", 2, 2, 0, false, new int[] {Op.CONST, 0, Op.RET}, LineTable.EMPTY);
        Function f = new Function("f", 0, 0, 0, false, new int[] {Op.CONST, 1, Op.CALL, 1, 1, Op.RET}, LineTable.EMPTY);
        assertThatThrownBy(() -> new Program(List.of(f, g), List.of(), List.of(), new long[0], List.of()))
                .hasMessage("function f, code 2: CALL g with 1 arguments; it takes 2");
    }

    @Test
    void everyOpcodeHasANameAndConsistentTables() {
        for (int op = 0; op < Op.COUNT; op++) {
            assertThat(Op.byName(Op.name(op))).isEqualTo(op);
            assertThat(Op.pushes(op)).isBetween(0, 3);
        }
        assertThat(Op.byName("NO_SUCH_OP")).isEqualTo(-1);
    }
}
