package org.threadlab.vm.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;

class DisassemblerTests {

    @Test
    void printsEveryInstructionWithItsLineAndNamedOperands() {
        Program p = Assembler.assemble("prog.s", """
                string msg "n=%d\\n"
                global count 4
                global ptr 8 = addr count+4
                func main params=0 slots=1
                  CONST_WIDE 5000000000
                  STORE_SLOT 0
                top:
                  LOAD_SLOT 0
                  TABLE_SWITCH 1 out top out
                out:
                  STRING_ADDR msg
                  GLOBAL_ADDR count
                  LOAD_I32
                  BUILTIN printf 2
                  LOOKUP_SWITCH top 3:out
                end
                """);
        assertThat(Disassembler.disassemble(p)).isEqualTo("""
                string 0 "n=%d\\n"
                global count 4
                global ptr 8 @0=count+4
                == func main params=0 slots=1 frame=0 ==
                0000    5 CONST_WIDE 5000000000 (#0)
                0002    6 STORE_SLOT 0
                0004    8 LOAD_SLOT 0
                0006    9 TABLE_SWITCH 1 default 0012 0004 0012
                0012   11 STRING_ADDR "n=%d\\n"
                0014   12 GLOBAL_ADDR count
                0016   13 LOAD_I32
                0017   14 BUILTIN printf 2
                0020   15 LOOKUP_SWITCH default 0004 3:0012
                """);
    }

    @Test
    void instructionsOnTheSameLineShowABar() {
        SourcePos line1 = new SourcePos(new SourceFile("x.c", "return 1;"), 1, 1);
        Function f = new Function("f", 0, 0, 0, false, new int[] {Op.CONST, 1, Op.RET},
                new LineTable(new int[] {0}, new SourcePos[] {line1}));
        Program p = new Program(List.of(f), List.of(), List.of(), new long[0], List.of());
        assertThat(Disassembler.disassemble(p, f)).isEqualTo("""
                == func f params=0 slots=0 frame=0 ==
                0000    1 CONST 1
                0002    | RET
                """);
    }
}
