package org.threadlab.cc.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Random programs compiled by gcc and by us, every printed value compared: integer expressions
 * over every integer type, floating expressions mixing float, double and integers, and
 * read-modify-writes of struct fields (bit-fields included) through arrays and pointers, with
 * struct copies. No undefined behaviour except signed overflow, which gcc is told to wrap with
 * -fwrapv as the VM does. Deterministic seeds. Needs gcc; without it the test fails.
 */
class RandomProgramDifferentialTests {
    private static final String[] VARS = {"c", "uc", "s", "us", "i", "u", "l", "ul", "b"};
    private static final String[] TYPES = {"signed char", "unsigned char", "short", "unsigned short", "int",
        "unsigned", "long", "unsigned long", "_Bool"};
    private static final String[] CONSTANTS = {"0", "1", "-1", "7", "255", "65535", "2147483647", "0x80000000u",
        "-5L", "123456789012L", "0xFFFFFFFFFFFFFFFFul", "'a'", "-128", "4294967295u"};
    private static final String[] BINARY = {"+", "-", "*", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=", "&&", "||"};

    private Random random = new Random(42);

    private String expr(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextBoolean() ? VARS[random.nextInt(VARS.length)] : CONSTANTS[random.nextInt(CONSTANTS.length)];
        }
        String a = expr(depth - 1);
        String b = expr(depth - 1);
        return switch (random.nextInt(9)) {
            case 0 -> "(- " + a + ")";
            case 1 -> "(~" + a + ")";
            case 2 -> "(!" + a + ")";
            case 3 -> "((" + TYPES[random.nextInt(TYPES.length)] + ") " + a + ")";
            case 4 -> "(" + a + (random.nextBoolean() ? " / " : " % ") + "((unsigned char) (" + b + ") + 1))";
            case 5 -> "(" + a + (random.nextBoolean() ? " << " : " >> ") + "((" + b + ") & 15))";
            case 6 -> "(" + a + " ? " + b + " : " + expr(depth - 1) + ")";
            default -> "(" + a + " " + BINARY[random.nextInt(BINARY.length)] + " " + b + ")";
        };
    }

    private String program() {
        StringBuilder src = new StringBuilder("void print_long(long);\nint main(void) {\n");
        src.append("  signed char c = -100; unsigned char uc = 200; short s = -30000; unsigned short us = 60000;\n");
        src.append("  int i = -2000000000; unsigned u = 4000000000u; long l = -9000000000000000000L; unsigned long ul = 18000000000000000000ul; _Bool b = 1;\n");
        for (int k = 0; k < 400; k++) {
            if (k % 5 == 4) {
                int v = random.nextInt(VARS.length);
                String op = new String[] {"+=", "-=", "*=", "&=", "|=", "^=", "="}[random.nextInt(7)];
                src.append("  ").append(VARS[v]).append(' ').append(op).append(' ').append(expr(2)).append(";\n");
                src.append("  print_long((long) ").append(VARS[v]).append(");\n");
            } else {
                src.append("  print_long((long) ").append(expr(4)).append(");\n");
            }
        }
        return src.append("  return 0;\n}\n").toString();
    }

    @Test
    void randomIntegerExpressionsAgreeWithGcc() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            random = new Random(seed);
            agreeWithGcc(program());
        }
    }

    static final int SEEDS = 10;

    private void agreeWithGcc(String program) throws Exception {
        Path dir = Files.createTempDirectory("threadlab-rand");
        Path src = dir.resolve("rand.c");
        Path exe = dir.resolve("rand.out");
        dir.toFile().deleteOnExit();
        src.toFile().deleteOnExit();
        exe.toFile().deleteOnExit();
        Files.writeString(src, "#include <stdio.h>\nvoid print_long(long v) { printf(\"%ld\\n\", v); }\n"
                + "void print_double(double v) { printf(\"%.6f\\n\", v); }\n#line 1\n" + program,
                StandardCharsets.UTF_8);
        Process cc;
        try {
            cc = new ProcessBuilder("gcc", "-O0", "-w", "-fwrapv", "-o", exe.toString(), src.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("gcc is required for the differential test but could not be run: " + e.getMessage());
            return;
        }
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cc.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cc.exitValue()).as("gcc failed:\n" + ccOut).isZero();
        Process run = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        String expected = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String[] want = expected.split("\n");
        String[] got = CRun.output(program.replace("void print_long(long);\n", "").replace("void print_double(double);\n", "")).split("\n");
        String[] lines = program.split("\n");
        for (int k = 0; k < Math.min(want.length, got.length); k++) {
            // The sign of a NaN is unspecified (x86 makes -nan, Java nan), and gcc folds some
            // expressions without honouring the sign of zero: compare NaNs and zeros without sign.
            if (!unsigned(want[k]).equals(unsigned(got[k]))) {
                String stmt = "";
                int seen = -1;
                for (String line : lines) {
                    if (line.startsWith("  print_") && ++seen == k) {
                        stmt = line;
                        break;
                    }
                }
                fail("output " + k + " differs: gcc " + want[k] + ", ours " + got[k] + " for\n" + stmt);
            }
        }
        assertThat(got.length).isEqualTo(want.length);
    }

    private static final String[] FVARS = {"f", "d", "i", "u", "l", "c"};
    private static final String[] FCONSTANTS = {"0.0", "1.5", "-2.25f", "1e10", "3", "0.1f", "-0.0", "1e-3", "16777217"};
    private static final String[] FBINARY = {"+", "-", "*", "<", "<=", "==", "!=", ">", ">="};

    private String floating(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextBoolean() ? FVARS[random.nextInt(FVARS.length)] : FCONSTANTS[random.nextInt(FCONSTANTS.length)];
        }
        String a = floating(depth - 1);
        String b = floating(depth - 1);
        return switch (random.nextInt(7)) {
            case 0 -> "(- " + a + ")";
            case 6 -> "(" + a + " / (double) " + b + ")";
            case 1 -> "((float) " + a + ")";
            case 2 -> "(" + a + " ? " + b + " : " + floating(depth - 1) + ")";
            default -> "(" + a + " " + FBINARY[random.nextInt(FBINARY.length)] + " " + b + ")";
        };
    }

    @Test
    void randomFloatingExpressionsAgreeWithGcc() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            random = new Random(seed);
            StringBuilder src = new StringBuilder("void print_long(long);\nvoid print_double(double);\nint main(void) {\n");
            src.append("  float f = 0.3f; double d = -1.75; int i = -7; unsigned u = 4000000000u; long l = 123456789; signed char c = -3;\n");
            for (int k = 0; k < 200; k++) {
                if (k % 4 == 3) {
                    String v = random.nextBoolean() ? "f" : "d";
                    src.append("  ").append(v).append(random.nextBoolean() ? " += " : " *= ").append(floating(2)).append(";\n");
                    src.append("  print_double(").append(v).append(");\n");
                } else {
                    src.append("  print_double(").append(floating(4)).append(");\n");
                }
            }
            agreeWithGcc(src.append("  return 0;\n}\n").toString());
        }
    }

    private static final String[] FIELDS = {"c", "s", "i", "u", "l", "bits", "sb"};
    private static final String[] ASSIGN = {"=", "+=", "-=", "*=", "&=", "|=", "^=", "<<=", ">>="};

    private String lvalue() {
        String f = FIELDS[random.nextInt(FIELDS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> "arr[" + random.nextInt(4) + "]." + f;
            case 1 -> "p->" + f;
            case 2 -> "(p + " + random.nextInt(2) + ")->" + f;
            default -> "q[" + random.nextInt(2) + "]." + f;
        };
    }

    /** Side-effect free (so never unsequenced): reads of fields through arrays and pointers. */
    private String memoryExpr(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return random.nextBoolean() ? lvalue() : CONSTANTS[random.nextInt(CONSTANTS.length)];
        }
        String a = memoryExpr(depth - 1);
        String b = memoryExpr(depth - 1);
        return switch (random.nextInt(4)) {
            case 0 -> "(" + a + " >> (" + b + " & 7))";
            default -> "(" + a + " " + BINARY[random.nextInt(BINARY.length)] + " " + b + ")";
        };
    }

    @Test
    void randomStructAndPointerProgramsAgreeWithGcc() throws Exception {
        for (long seed = 1; seed <= SEEDS; seed++) {
            random = new Random(seed);
            StringBuilder src = new StringBuilder("void print_long(long);\n"
                    + "struct S { signed char c; short s; int i; unsigned u; long l; unsigned bits : 3; int sb : 5; };\n"
                    + "struct S arr[4] = { {1, 2, 3, 4, 5, 6, 7}, {-1, -2, -3, 4000000000u, -5, 1, -1} };\n"
                    + "int main(void) {\n  struct S *p = arr + 1; struct S q[2]; q[0] = arr[0]; q[1] = arr[1];\n");
            for (int k = 0; k < 150; k++) {
                switch (random.nextInt(6)) {
                    case 0 -> src.append("  p = &arr[").append(random.nextInt(3)).append("];\n");
                    case 1 -> src.append("  arr[").append(random.nextInt(4)).append("] = q[").append(random.nextInt(2)).append("];\n");
                    case 3 -> src.append("  print_long((long) ").append(random.nextBoolean() ? lvalue() + "++" : "--" + lvalue())
                            .append(");\n");
                    case 2 -> {
                        String op = ASSIGN[random.nextInt(ASSIGN.length)];
                        boolean mask = op.endsWith("<=") || op.endsWith(">=") || random.nextBoolean();
                        src.append("  print_long((long) (").append(lvalue()).append(' ').append(op)
                                .append(" (").append(memoryExpr(2)).append(mask ? ") & 15));\n" : ")));\n");
                    }
                    default -> src.append("  print_long((long) ").append(memoryExpr(3)).append(");\n");
                }
            }
            src.append("  for (int k = 0; k < 4; k++) print_long(arr[k].c + arr[k].s + arr[k].i + arr[k].u + arr[k].l + arr[k].bits + arr[k].sb);\n");
            src.append("  print_long(p - arr);\n  return 0;\n}\n");
            agreeWithGcc(src.toString());
        }
    }

    private static String unsigned(String line) {
        return line.equals("-0.000000") ? "0.000000" : line.replace("-nan", "nan");
    }
}
