package org.threadlab.vm.code;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;

/**
 * Text to {@link Program}, for tests and benchmarks. One directive or instruction per line;
 * {@code ;} starts a comment. Each instruction's source position is its own line in the text, so
 * faults in assembled programs point at the assembly line.
 *
 * <pre>
 * string hello "hi\n"                        ; escapes \n \t \r \0 \\ \" \xHH
 * global counter 4                           ; 4 zero bytes
 * global table 16 const = i32 1, i32 2, addr hello, ...  ; i8 i16 i32 i64 f64 addr NAME[+N]
 * func main params=0 slots=1 frame=16 [variadic]
 * loop:
 *   CONST 1                                  ; operands by kind: numbers, names, labels
 *   CONST_WIDE 2.5                           ; pool constants: long, or double when it has a '.'
 *   CALL f 2 | BUILTIN printf 2 | GLOBAL_ADDR counter | STRING_ADDR hello | JUMP loop
 *   TABLE_SWITCH low default L0 L1 ...       ; count implied
 *   LOOKUP_SWITCH default key:L key:L ...
 * end
 * </pre>
 * Builtins are named where used and collected into the program's builtin table in order of
 * first use. Names may be used before their definition. Errors throw IllegalArgumentException
 * "asm line N: ...".
 */
public final class Assembler {
    private final SourceFile file;
    private final String[] lines;
    private final ProgramBuilder program = new ProgramBuilder();
    private final Map<String, Integer> stringIndex = new LinkedHashMap<>();
    private final Map<String, Integer> functionIndex = new LinkedHashMap<>();
    private final Map<String, Integer> globalIndex = new LinkedHashMap<>();
    private int lineNo;

    private Assembler(String name, String text) {
        this.file = new SourceFile(name, text);
        this.lines = text.split("\n", -1);
    }

    /** Assembles {@code text}; {@code name} is the file name source positions carry. */
    public static Program assemble(String name, String text) {
        return new Assembler(name, text).program();
    }

    public static Program assemble(String text) {
        return assemble("test.s", text);
    }

    private Program program() {
        declareNames();
        for (lineNo = 1; lineNo <= lines.length; lineNo++) {
            List<String> words = words(lines[lineNo - 1]);
            if (words.isEmpty()) {
                continue;
            }
            switch (words.get(0)) {
                case "string" -> { }
                case "global" -> program.define(parseGlobal(words));
                case "func" -> program.define(parseFunction(words));
                default -> throw error("expected string, global or func, found '" + words.get(0) + "'");
            }
        }
        return program.build();
    }

    /** First pass: every function, global and string gets its index, so later lines may refer ahead. */
    private void declareNames() {
        for (lineNo = 1; lineNo <= lines.length; lineNo++) {
            List<String> words = words(lines[lineNo - 1]);
            if (words.size() < 2) {
                continue;
            }
            String name = words.get(1);
            switch (words.get(0)) {
                case "func" -> declare(functionIndex, name, program.function(name));
                case "global" -> declare(globalIndex, name, program.global(name));
                case "string" -> declare(stringIndex, name, program.string(parseString()));
                default -> { }
            }
        }
    }

    private void declare(Map<String, Integer> table, String name, int index) {
        if (table.putIfAbsent(name, index) != null) {
            throw error("'" + name + "' is defined twice");
        }
    }

    private byte[] parseString() {
        String raw = lines[lineNo - 1].trim();
        int quote = raw.indexOf('"');
        int end = raw.lastIndexOf('"');
        if (quote < 0 || end == quote) {
            throw error("expected a quoted string");
        }
        return unescape(raw.substring(quote + 1, end));
    }

    private Global parseGlobal(List<String> words) {
        String name = words.get(1);
        int size = (int) number(words, 2);
        boolean readOnly = words.size() > 3 && words.get(3).equals("const");
        List<Relocation> relocations = new ArrayList<>();
        String line = stripComment(lines[lineNo - 1]);
        int eq = line.indexOf('=');
        byte[] image = new byte[eq >= 0 ? size : 0];
        if (eq >= 0) {
            int at = 0;
            for (String item : line.substring(eq + 1).split(",")) {
                List<String> parts = words(item);
                if (parts.size() != 2) {
                    throw error("expected 'i32 5' or 'addr name', found '" + item.trim() + "'");
                }
                String kind = parts.get(0);
                String value = parts.get(1);
                int width = switch (kind) {
                    case "i8" -> 1;
                    case "i16" -> 2;
                    case "i32" -> 4;
                    default -> 8;
                };
                if (at + width > size) {
                    throw error("initialiser overflows the " + size + "-byte global " + name);
                }
                long bits = switch (kind) {
                    case "i8", "i16", "i32", "i64" -> parseLong(value);
                    case "f64" -> Double.doubleToRawLongBits(Double.parseDouble(value));
                    case "addr" -> {
                        relocations.add(relocation(at, value));
                        yield 0;
                    }
                    default -> throw error("unknown initialiser kind '" + kind + "'");
                };
                for (int i = 0; i < width; i++) {
                    image[at + i] = (byte) (bits >>> (8 * i));
                }
                at += width;
            }
        }
        return new Global(name, size, image, readOnly, relocations);
    }

    private Relocation relocation(int offset, String value) {
        String target = value;
        long addend = 0;
        int plus = value.indexOf('+');
        if (plus > 0) {
            target = value.substring(0, plus);
            addend = parseLong(value.substring(plus + 1));
        }
        if (globalIndex.containsKey(target)) {
            return new Relocation(offset, Relocation.Target.GLOBAL, globalIndex.get(target), addend);
        }
        if (stringIndex.containsKey(target)) {
            return new Relocation(offset, Relocation.Target.STRING, stringIndex.get(target), addend);
        }
        if (functionIndex.containsKey(target)) {
            return new Relocation(offset, Relocation.Target.FUNCTION, functionIndex.get(target), addend);
        }
        return new Relocation(offset, Relocation.Target.BUILTIN, program.builtin(target), addend);
    }

    private Function parseFunction(List<String> header) {
        String name = header.get(1);
        int params = 0;
        int slots = 0;
        int frame = 0;
        boolean variadic = false;
        for (String w : header.subList(2, header.size())) {
            if (w.equals("variadic")) {
                variadic = true;
            } else if (w.startsWith("params=")) {
                params = (int) parseLong(w.substring(7));
            } else if (w.startsWith("slots=")) {
                slots = (int) parseLong(w.substring(6));
            } else if (w.startsWith("frame=")) {
                frame = (int) parseLong(w.substring(6));
            } else {
                throw error("unknown function attribute '" + w + "'");
            }
        }
        slots = Math.max(slots, params);
        return new FunctionBody(this, name).assemble(params, slots, frame, variadic);
    }

    /** Assembles the body of one function, from the line after its header to its "end". */
    private static final class FunctionBody {
        private final Assembler asm;
        private final FunctionBuilder code;
        private final Map<String, Label> labels = new LinkedHashMap<>();
        private final Map<String, Integer> firstUse = new LinkedHashMap<>();

        FunctionBody(Assembler asm, String name) {
            this.asm = asm;
            this.code = new FunctionBuilder(name);
        }

        Function assemble(int params, int slots, int frame, boolean variadic) {
            int header = asm.lineNo;
            for (asm.lineNo++; asm.lineNo <= asm.lines.length; asm.lineNo++) {
                String raw = asm.lines[asm.lineNo - 1];
                List<String> words = words(raw);
                if (words.isEmpty()) {
                    continue;
                }
                if (words.get(0).equals("end")) {
                    for (Map.Entry<String, Label> e : labels.entrySet()) {
                        if (!e.getValue().isBound()) {
                            asm.lineNo = firstUse.get(e.getKey());
                            throw asm.error("undefined label '" + e.getKey() + "'");
                        }
                    }
                    return code.build(params, slots, frame, variadic);
                }
                if (words.get(0).endsWith(":")) {
                    String name = words.get(0).substring(0, words.get(0).length() - 1);
                    Label label = label(name);
                    if (label.isBound()) {
                        throw asm.error("label '" + name + "' is defined twice");
                    }
                    code.bind(label);
                    words = words.subList(1, words.size());
                    if (words.isEmpty()) {
                        continue;
                    }
                }
                int column = raw.length() - raw.stripLeading().length() + 1;
                code.at(new SourcePos(asm.file, asm.lineNo, column));
                instruction(words);
            }
            asm.lineNo = header;
            throw asm.error("function " + code.name() + " has no 'end'");
        }

        private Label label(String name) {
            firstUse.putIfAbsent(name, asm.lineNo);
            return labels.computeIfAbsent(name, n -> code.newLabel());
        }

        private void instruction(List<String> words) {
            int op = Op.byName(words.get(0));
            if (op < 0) {
                throw asm.error("unknown instruction '" + words.get(0) + "'");
            }
            List<String> args = words.subList(1, words.size());
            if (op == Op.TABLE_SWITCH) {
                List<Label> targets = new ArrayList<>();
                for (String name : args.subList(2, args.size())) {
                    targets.add(label(name));
                }
                code.tableSwitch((int) asm.number(words, 1), label(args.get(1)), targets);
                return;
            }
            if (op == Op.LOOKUP_SWITCH) {
                long[] keys = new long[args.size() - 1];
                Label[] targets = new Label[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    String pair = args.get(i + 1);
                    int colon = pair.lastIndexOf(':');
                    keys[i] = asm.parseLong(pair.substring(0, colon));
                    targets[i] = label(pair.substring(colon + 1));
                }
                code.lookupSwitch(label(args.get(0)), keys, targets);
                return;
            }
            String kinds = Op.operands(op);
            if (args.size() != kinds.length()) {
                throw asm.error(Op.name(op) + " takes " + kinds.length() + " operands, found " + args.size());
            }
            if (kinds.equals("l")) {
                code.jump(op, label(args.get(0)));
                return;
            }
            int[] operands = new int[kinds.length()];
            for (int i = 0; i < kinds.length(); i++) {
                String a = args.get(i);
                operands[i] = switch (kinds.charAt(i)) {
                    case 'i', 's', 'o', 'n' -> (int) asm.parseLong(a);
                    case 'k' -> asm.constant(a);
                    case 'g' -> asm.lookup(asm.globalIndex, a, "global");
                    case 't' -> asm.lookup(asm.stringIndex, a, "string");
                    case 'f' -> asm.lookup(asm.functionIndex, a, "function");
                    case 'b' -> asm.program.builtin(a);
                    default -> throw new AssertionError(kinds);
                };
            }
            code.op(op, operands);
        }
    }

    // ---------------------------------------------------------------- helpers

    private int constant(String text) {
        boolean floating = text.contains(".") || text.contains("e") && !text.startsWith("0x");
        return program.constant(floating ? Double.doubleToRawLongBits(Double.parseDouble(text)) : parseLong(text));
    }

    private int lookup(Map<String, Integer> table, String name, String what) {
        Integer i = table.get(name);
        if (i == null) {
            throw error("unknown " + what + " '" + name + "'");
        }
        return i;
    }

    private long number(List<String> words, int index) {
        if (index >= words.size()) {
            throw error("expected a number after '" + words.get(index - 1) + "'");
        }
        return parseLong(words.get(index));
    }

    private long parseLong(String text) {
        try {
            if (text.startsWith("0x")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            if (text.startsWith("-0x")) {
                return -Long.parseUnsignedLong(text.substring(3), 16);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + text + "'");
        }
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (c == ';' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static List<String> words(String line) {
        String s = stripComment(line).trim();
        List<String> out = new ArrayList<>();
        if (!s.isEmpty()) {
            for (String w : s.split("\\s+")) {
                out.add(w);
            }
        }
        return out;
    }

    private byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '0' -> out.write(0);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw error("unknown escape '\\" + e + "'");
            }
        }
        return out.toByteArray();
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("asm line " + lineNo + ": " + message);
    }
}
