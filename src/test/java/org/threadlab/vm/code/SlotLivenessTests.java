package org.threadlab.vm.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

class SlotLivenessTests {

    private static BitSet slots(int... live) {
        BitSet b = new BitSet();
        for (int s : live) {
            b.set(s);
        }
        return b;
    }

    @Test
    void aSlotIsLiveFromItsStoreToItsLastLoadAndDeadAfterwards() {
        // slot 0 = a parameter read once; slot 1 written, read, then written again and never read
        Function f = Assembler.assemble("""
                func f params=1 slots=2
                  LOAD_SLOT 0
                  STORE_SLOT 1
                  LOAD_SLOT 1
                  POP
                  CONST 7
                  STORE_SLOT 1
                  CONST 0
                  RET
                end
                """).function(0);
        SlotLiveness l = f.liveness();
        assertThat(l.liveAt(0)).isEqualTo(slots(0));    // before LOAD_SLOT 0: the parameter
        assertThat(l.liveAt(2)).isEqualTo(slots());     // before STORE_SLOT 1: nothing is read later but 1, which this writes
        assertThat(l.liveAt(4)).isEqualTo(slots(1));    // before LOAD_SLOT 1
        assertThat(l.liveAt(6)).isEqualTo(slots());     // after the last read
        assertThat(l.liveAt(9)).isEqualTo(slots());     // STORE_SLOT 1 of a value nobody reads
    }

    @Test
    void aLoopKeepsItsCounterLiveAcrossTheBackEdge() {
        Function f = Assembler.assemble("""
                func f params=0 slots=2
                  CONST 0
                  STORE_SLOT 0
                top:
                  LOAD_SLOT 0
                  CONST 3
                  LT
                  JUMP_IF_ZERO out
                  LOAD_SLOT 0
                  CONST 1
                  ADD_I32
                  STORE_SLOT 0
                  CONST 5
                  STORE_SLOT 1
                  JUMP top
                out:
                  CONST 0
                  RET
                end
                """).function(0);
        int jumpTop = indexOf(f, Op.JUMP);
        assertThat(f.liveness().liveAt(jumpTop)).as("counter at the back edge, slot 1 never read").isEqualTo(slots(0));
        assertThat(f.liveness().liveAt(0)).isEqualTo(slots());
    }

    @Test
    void onlyInstructionStartsHaveALiveSet() {
        Function f = Assembler.assemble("func f params=0 slots=0\n  CONST 1\n  RET\nend\n").function(0);
        assertThatThrownBy(() -> f.liveness().liveAt(1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(Function f, int op) {
        for (int pc = 0; pc < f.code.length; pc += Op.length(f.code, pc)) {
            if (f.code[pc] == op) {
                return pc;
            }
        }
        throw new AssertionError("no " + Op.name(op));
    }
}
