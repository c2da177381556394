package org.threadlab.vm.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssemblerTests {

    @Test
    void assemblesFunctionsGlobalsStringsAndBuiltins() {
        Program p = Assembler.assemble("""
                string hi "hi\\n"
                global table 16 const = i32 7, i32 -1, addr hi+1
                func main params=0 slots=0
                  CONST_WIDE 2.5
                  POP
                  STRING_ADDR hi
                  BUILTIN puts 1
                  RET
                end
                """);
        assertThat(p.functions()).extracting(f -> f.name).containsExactly("main");
        assertThat(p.string(0)).containsExactly('h', 'i', '\n', 0);
        Global table = p.globals().get(0);
        assertThat(table.readOnly()).isTrue();
        assertThat(table.image()).startsWith(7, 0, 0, 0, -1, -1, -1, -1);
        assertThat(table.relocations()).containsExactly(new Relocation(8, Relocation.Target.STRING, 0, 1));
        assertThat(p.builtins()).containsExactly("puts");
        assertThat(p.constant(0)).isEqualTo(Double.doubleToRawLongBits(2.5));
    }

    @Test
    void everyInstructionCarriesItsSourceLine() {
        Program p = Assembler.assemble("prog.s", "func main params=0 slots=0\n  CONST 1\n\n  RET\nend\n");
        Function main = p.function(0);
        assertThat(main.posAt(0).toString()).isEqualTo("prog.s:2:3");
        assertThat(main.posAt(2).toString()).isEqualTo("prog.s:4:3");
    }

    @Test
    void namesMayBeUsedBeforeTheirDefinition() {
        Program p = Assembler.assemble("""
                func main params=0 slots=0
                  CALL later 0
                  RET
                end
                func later params=0 slots=0
                  CONST 1
                  RET
                end
                """);
        assertThat(p.function(0).code).containsExactly(Op.CALL, 1, 0, Op.RET);
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> Assembler.assemble("func f params=0 slots=0\n  FROB\nend\n"))
                .hasMessage("asm line 2: unknown instruction 'FROB'");
        assertThatThrownBy(() -> Assembler.assemble("func f params=0 slots=0\n  JUMP nowhere\nend\n"))
                .hasMessage("asm line 2: undefined label 'nowhere'");
        assertThatThrownBy(() -> Assembler.assemble("func f params=0 slots=0\n  CONST\nend\n"))
                .hasMessage("asm line 2: CONST takes 1 operands, found 0");
        assertThatThrownBy(() -> Assembler.assemble("global g 2 = i32 1\n"))
                .hasMessage("asm line 1: initialiser overflows the 2-byte global g");
        assertThatThrownBy(() -> Assembler.assemble("func f params=0 slots=0\n  RET\n"))
                .hasMessage("asm line 1: function f has no 'end'");
    }
}
