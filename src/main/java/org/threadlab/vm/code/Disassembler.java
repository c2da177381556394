package org.threadlab.vm.code;

import java.nio.charset.StandardCharsets;

import org.threadlab.cc.SourcePos;

/**
 * Program to text, as clox's debug.c: one instruction per line with its code index, its source
 * line ("|" when it is the previous instruction's line) and its operands by name. Golden tests of
 * the code generator compare this text.
 *
 * <pre>
 * == func main params=0 slots=2 frame=0 ==
 * 0000    3 CONST 0
 * 0002    | STORE_SLOT 0
 * 0004    4 LOAD_SLOT 0
 * 0006    | JUMP_IF_ZERO 0020
 * </pre>
 */
public final class Disassembler {
    private final Program program;
    private final StringBuilder out = new StringBuilder();

    private Disassembler(Program program) {
        this.program = program;
    }

    /** The whole program: strings, globals, then each function. */
    public static String disassemble(Program program) {
        Disassembler d = new Disassembler(program);
        d.strings();
        d.globals();
        for (Function f : program.functions()) {
            d.function(f);
        }
        return d.out.toString();
    }

    /** One function only. */
    public static String disassemble(Program program, Function f) {
        Disassembler d = new Disassembler(program);
        d.function(f);
        return d.out.toString();
    }

    private void strings() {
        for (int i = 0; i < program.stringCount(); i++) {
            out.append("string ").append(i).append(' ').append(quote(program.string(i))).append('\n');
        }
    }

    private void globals() {
        for (Global g : program.globals()) {
            out.append("global ").append(g.name()).append(' ').append(g.size());
            if (g.readOnly()) {
                out.append(" const");
            }
            for (Relocation r : g.relocations()) {
                out.append(" @").append(r.offset()).append("=").append(target(r.target(), r.index()));
                if (r.addend() != 0) {
                    out.append('+').append(r.addend());
                }
            }
            out.append('\n');
        }
    }

    private void function(Function f) {
        out.append("== func ").append(f.name).append(" params=").append(f.params).append(" slots=").append(f.slots)
                .append(" frame=").append(f.frameSize).append(f.variadic ? " variadic" : "").append(" ==\n");
        int previousLine = -1;
        for (int pc = 0; pc < f.code.length; pc += Op.length(f.code, pc)) {
            SourcePos pos = f.posAt(pc);
            int line = pos == null ? 0 : pos.line();
            out.append(String.format("%04d ", pc));
            out.append(line == previousLine ? "   |" : String.format("%4d", line)).append(' ');
            previousLine = line;
            instruction(f.code, pc);
            out.append('\n');
        }
    }

    private void instruction(int[] code, int pc) {
        int op = code[pc];
        out.append(Op.name(op));
        if (op == Op.TABLE_SWITCH) {
            out.append(' ').append(code[pc + 1]).append(" default ").append(label(code[pc + 3]));
            for (int i = 0; i < code[pc + 2]; i++) {
                out.append(' ').append(label(code[pc + 4 + i]));
            }
            return;
        }
        if (op == Op.LOOKUP_SWITCH) {
            out.append(" default ").append(label(code[pc + 2]));
            for (int i = 0; i < code[pc + 1]; i++) {
                int at = pc + 3 + 3 * i;
                long key = (long) code[at] << 32 | (code[at + 1] & 0xFFFF_FFFFL);
                out.append(' ').append(key).append(':').append(label(code[at + 2]));
            }
            return;
        }
        String kinds = Op.operands(op);
        for (int i = 0; i < kinds.length(); i++) {
            int v = code[pc + 1 + i];
            out.append(' ');
            switch (kinds.charAt(i)) {
                case 'k' -> out.append(program.constant(v)).append(" (#").append(v).append(')');
                case 'g' -> out.append(target(Relocation.Target.GLOBAL, v));
                case 't' -> out.append(target(Relocation.Target.STRING, v));
                case 'f' -> out.append(target(Relocation.Target.FUNCTION, v));
                case 'b' -> out.append(target(Relocation.Target.BUILTIN, v));
                case 'l' -> out.append(label(v));
                default -> out.append(v);
            }
        }
    }

    private String target(Relocation.Target kind, int index) {
        return switch (kind) {
            case GLOBAL -> program.globals().get(index).name();
            case STRING -> quote(program.string(index));
            case FUNCTION -> program.function(index).name;
            case BUILTIN -> program.builtins().get(index);
        };
    }

    private static String label(int target) {
        return String.format("%04d", target);
    }

    /** The literal without its NUL, with C escapes for quotes, backslashes and control bytes. */
    private static String quote(byte[] bytes) {
        StringBuilder s = new StringBuilder("\"");
        String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
